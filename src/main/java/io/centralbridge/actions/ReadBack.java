package io.centralbridge.actions;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a write tool found upstream after an ambiguous failure (a timeout or a 5xx): whether the change is in
 * place, and the answer to give, built from what was read rather than from the failed write.
 */
public record ReadBack(boolean applied, ObjectNode answer) {
}
