package nl.kwartier.platform.web;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for requests the servlet container refuses before Spring sees them: an address with
 * bad percent-encoding or characters an address may not hold, a request line or headers that
 * are too long. Tomcat answers those itself, with its English report; this replaces that report
 * with Kwartier's own texts in the visitor's language, on a plain page with Kwartier's look.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final MessageSource messages;

	ContainerErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(Report.class.getName());
			}
			host.getPipeline().addValve(new Report(messages));
		});
	}

	/** After Spring Boot's own customizer, which adds Tomcat's report. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static final class Report extends ErrorReportValve {

		private final MessageSource messages;

		Report(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			Locale locale = language(request);
			String key = "error." + ErrorPages.explanation(status);
			String title = text(key + ".title", locale);
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				PrintWriter page = response.getReporter();
				if (page == null) {
					return;
				}
				page.print("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n"
						+ "<meta charset=\"utf-8\">\n"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
						+ "<title>" + title + " - Kwartier</title>\n"
						+ "<link rel=\"stylesheet\" href=\"/css/kwartier.css\">\n</head>\n<body>\n"
						+ "<header class=\"site-header\"><div class=\"site-header__bar\">"
						+ "<a class=\"site-header__brand\" href=\"/\">" + text("shell.brand", locale) + "</a>"
						+ "</div></header>\n<div class=\"page\">\n<main id=\"main\" class=\"narrow\">\n"
						+ "<h1>" + title + "</h1>\n<p>" + text(key + ".text", locale) + "</p>\n"
						+ "<p><a href=\"/\">" + text("error.home", locale) + "</a></p>\n"
						+ "</main>\n</div>\n</body>\n</html>\n");
				response.finishResponse();
			}
			catch (IOException | IllegalStateException notWritten) {
				// The connection is gone or the response was taken: nothing left to tell the visitor.
			}
		}

		private String text(String key, Locale locale) {
			return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
		}

		/** The language the visitor chose, read from the cookie only: the request may be unreadable. */
		private static Locale language(Request request) {
			try {
				Cookie[] cookies = request.getCookies();
				if (cookies != null) {
					for (Cookie cookie : cookies) {
						if (LanguageCookie.NAME.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
							return Locale.ENGLISH;
						}
					}
				}
			}
			catch (RuntimeException unreadable) {
				// Headers that cannot be read: the default language.
			}
			return Locale.forLanguageTag("nl");
		}
	}
}
