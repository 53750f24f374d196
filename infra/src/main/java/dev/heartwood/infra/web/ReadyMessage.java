package dev.heartwood.infra.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The last line of the start-up log says where to open Heartwood, so that no one has to find it in the lines above. */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            log.info("Heartwood is ready: open http://localhost:{}/ in a browser (the JSON API is under /api, "
                    + "described at /swagger-ui.html for administrators)", port);
        }
    }
}
