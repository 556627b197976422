package io.centralbridge.hunting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hunting tools wait for their runs.
 *
 * @param waitSecondsDefault       time budget of a call when wait_seconds is not given
 * @param waitSecondsMax           the largest wait_seconds a caller may ask for
 * @param pollInitial              first wait between polls; each next one grows by pollGrowth up to pollMax
 * @param dataLakeWindow           how far back from_date may reach in the Data Lake
 * @param liveDiscoverMaxEndpoints most endpoints one Live Discover query may target, unless all_endpoints
 * @param pollThreads              threads that run the (asynchronous, scheduled) poll delays and the polls
 */
@ConfigurationProperties("sophos.hunting")
public record HuntingProperties(
        @DefaultValue("60") int waitSecondsDefault,
        @DefaultValue("300") int waitSecondsMax,
        @DefaultValue("250ms") Duration pollInitial,
        @DefaultValue("1.5") double pollGrowth,
        @DefaultValue("500ms") Duration pollMax,
        @DefaultValue("30d") Duration dataLakeWindow,
        @DefaultValue("100") int liveDiscoverMaxEndpoints,
        @DefaultValue("8") int pollThreads) {
}
