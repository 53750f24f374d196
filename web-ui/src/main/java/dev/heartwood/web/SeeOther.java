package dev.heartwood.web;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The answer to a form that was accepted: 303 See Other, so that the browser reads the next page with a GET. */
public final class SeeOther {

    private SeeOther() {
    }

    public static ModelAndView to(String path) {
        // neither HTTP/1.0's 302 nor the model in the address: flash attributes carry the page's banner
        RedirectView redirect = new RedirectView(path, true, false);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
