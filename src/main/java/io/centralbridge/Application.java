package io.centralbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {
    public static void main(String[] args) {
        jsonLogs(System.getenv("LOG_FORMAT"));
        SpringApplication.run(Application.class, args);
    }

    /** LOG_FORMAT=json: Spring Boot knows no format of that name, so it means ECS, one JSON object per line. */
    static void jsonLogs(String format) {
        if (format != null && format.trim().equalsIgnoreCase("json")
                && System.getProperty("logging.structured.format.console") == null) {
            System.setProperty("logging.structured.format.console", "ecs");
        }
    }
}
