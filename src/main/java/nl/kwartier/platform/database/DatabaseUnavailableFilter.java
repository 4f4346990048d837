package nl.kwartier.platform.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers "temporarily unavailable" (503, the translated page) when the database cannot be reached: at once
 * while the embedded server is known to be down, and for any request that fails because it cannot reach the
 * database, also where that happens before Spring MVC (the session store is a servlet filter). It runs before
 * the session and security filters, and renders the page without them, since both need the database.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final String RETRY_AFTER_SECONDS = "10";

	private final BooleanSupplier knownDown;

	private final ViewResolver views;

	private final LocaleResolver locales;

	DatabaseUnavailableFilter(BooleanSupplier knownDown, ViewResolver views, LocaleResolver locales) {
		this.knownDown = knownDown;
		this.views = views;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (knownDown.getAsBoolean() && !needsNoDatabase(request)) {
			unavailable(request, response);
			return;
		}
		Set<String> attributesBefore = new HashSet<>(Collections.list(request.getAttributeNames()));
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			if (!causedByUnreachableDatabase(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("The database cannot be reached; answered 503: {}", rootCause(e).toString());
			response.reset();
			unavailable(new WithoutLaterAttributes(request, attributesBefore), response);
		}
	}

	/** The health endpoints report DOWN themselves; the page's styles and scripts are files. */
	private static boolean needsNoDatabase(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/webjars/") || path.startsWith("/images/") || path.equals("/favicon.ico");
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		try {
			View page = views.resolveViewName("error/503", locales.resolveLocale(request));
			if (page == null) {
				throw new IllegalStateException("No template error/503");
			}
			page.render(Map.of("currentPath", request.getRequestURI()), request, response);
		}
		catch (Exception e) {
			log.warn("Could not render the 503 page", e);
			if (!response.isCommitted()) {
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write("503");
			}
		}
	}

	/**
	 * The request as it came in: what the filters after this one left on it (such as the CSRF token, which is
	 * kept in the session in the database) must not be used to render the page.
	 */
	private static final class WithoutLaterAttributes extends HttpServletRequestWrapper {

		private final Set<String> visible;

		private final Map<String, Object> own = new HashMap<>();

		WithoutLaterAttributes(HttpServletRequest request, Set<String> visible) {
			super(request);
			this.visible = visible;
		}

		@Override
		public Object getAttribute(String name) {
			if (own.containsKey(name)) {
				return own.get(name);
			}
			return visible.contains(name) ? super.getAttribute(name) : null;
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new HashSet<>(own.keySet());
			Collections.list(super.getAttributeNames()).stream().filter(visible::contains).forEach(names::add);
			return Collections.enumeration(names);
		}

		@Override
		public void setAttribute(String name, Object value) {
			own.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			own.remove(name);
		}
	}

	static boolean causedByUnreachableDatabase(Throwable error) {
		int depth = 0;
		for (Throwable t = error; t != null && depth < 25; t = t.getCause(), depth++) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	private static Throwable rootCause(Throwable error) {
		Throwable root = error;
		int depth = 0;
		while (root.getCause() != null && root.getCause() != root && depth++ < 25) {
			root = root.getCause();
		}
		return root;
	}
}
