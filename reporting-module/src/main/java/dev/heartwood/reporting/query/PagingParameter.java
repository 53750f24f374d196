package dev.heartwood.reporting.query;

import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.HashMap;

/**
 * Reads {@code page} and {@code size} into an endpoint's {@link Paging}. A word that is not a number is refused as
 * a parameter of the wrong type, a number out of bounds as an invalid one, each naming the parameter (a 400).
 */
class PagingParameter implements HandlerMethodArgumentResolver {

    static final String PAGE = "page";
    static final String SIZE = "size";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders)
            throws MethodArgumentNotValidException {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "paging");
        int page = number(request, parameter, errors, PAGE, Paging.FIRST_PAGE, 0, Integer.MAX_VALUE);
        int size = number(request, parameter, errors, SIZE, Paging.DEFAULT_SIZE, 1, Paging.LARGEST_SIZE);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(parameter, errors);
        }
        return new Paging(page, size);
    }

    private static int number(NativeWebRequest request, MethodParameter parameter, BindingResult errors,
                              String name, int unless, int least, int most) {
        String text = request.getParameter(name);
        if (text == null || text.isBlank()) {
            return unless;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new MethodArgumentTypeMismatchException(text, int.class, name, parameter, notANumber);
        }
        if (value < least) {
            errors.addError(new FieldError(errors.getObjectName(), name, text, false, null, null,
                    "must be greater than or equal to " + least));
        } else if (value > most) {
            errors.addError(new FieldError(errors.getObjectName(), name, text, false, null, null,
                    "must be less than or equal to " + most));
        }
        return value;
    }
}
