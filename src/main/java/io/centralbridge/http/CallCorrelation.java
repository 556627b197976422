package io.centralbridge.http;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Keeps the tool call's correlation id (MDC {@code toolCall}, put by the ToolInvoker) on every log line of the
 * call, across Camel's thread hops: async redelivery, the hunting poll scheduler, exchanges a processor starts
 * with a ProducerTemplate. The id rides on the exchange as a property; every route step puts it back in the MDC
 * of whatever thread runs that step, and restores that thread's MDC after.
 */
@Component
public class CallCorrelation implements InterceptStrategy {

    /** The MDC key, as the ToolInvoker sets it. */
    public static final String MDC_KEY = "toolCall";
    /** The exchange property carrying it. */
    public static final String PROPERTY = "centralbridge.toolCall";

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        return new DelegateAsyncProcessor(AsyncProcessorConverterHelper.convert(target)) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                String before = MDC.get(MDC_KEY);
                String id = exchange.getProperty(PROPERTY, String.class);
                if (id == null) {
                    if (before == null) {
                        return processor.process(exchange, callback);
                    }
                    // a new exchange started on a thread that carries a call: it belongs to that call
                    id = before;
                    exchange.setProperty(PROPERTY, id);
                }
                MDC.put(MDC_KEY, id);
                try {
                    return processor.process(exchange, callback);
                } finally {
                    if (before == null) {
                        MDC.remove(MDC_KEY);
                    } else {
                        MDC.put(MDC_KEY, before);
                    }
                }
            }

            @Override
            public String toString() {
                return "CallCorrelation[" + processor + "]";
            }
        };
    }
}
