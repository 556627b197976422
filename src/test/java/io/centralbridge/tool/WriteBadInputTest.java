package io.centralbridge.tool;

import java.util.stream.Stream;

import io.centralbridge.support.WriteAppTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** The bad-input table of {@link BadInputTest} for the write tools, in the context that grants them. */
class WriteBadInputTest extends WriteAppTest {

    @Autowired
    ToolCatalog catalog;
    @Autowired
    ToolAccessPolicy access;

    @TestFactory
    Stream<DynamicTest> everyParameterOfEveryGrantedWriteToolRejectsBadValuesWithA400NamingIt() {
        return BadInputTest.dynamicCases(
                catalog.listed(access).stream().filter(d -> d.access() == Access.WRITE).toList(),
                limitedTenant().id(), sandbox, () -> api);
    }
}
