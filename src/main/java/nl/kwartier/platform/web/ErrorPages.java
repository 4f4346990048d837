package nl.kwartier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches Spring gets Kwartier's own page, in the visitor's language, with the
 * status it had. A status with its own template ({@code error/404.html} and the like) keeps it;
 * every other one gets the general page with the explanation that fits the status. Errors the
 * servlet container answers before Spring sees the request get the same texts from
 * {@link ContainerErrorPages}.
 */
@Component
class ErrorPages implements ErrorViewResolver, Ordered {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ModelAndView page = new ModelAndView("error/error", status);
		page.addObject("explanation", explanation(status.value()));
		return page;
	}

	/**
	 * The status whose texts ({@code error.<status>.title} and {@code .text}) explain this one: its
	 * own where it has them, otherwise the general one of its kind.
	 */
	static int explanation(int status) {
		return switch (status) {
			case 403, 404, 405, 413, 415 -> status;
			default -> status >= 500 ? 500 : 400;
		};
	}

	/** After the templates for single statuses. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
