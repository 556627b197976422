package io.centralbridge.tool;

/** Whether a tool only reads Sophos or changes it; write tools are off until granted. */
public enum Access {
    READ, WRITE;

    public String wire() {
        return name().toLowerCase();
    }
}
