package nl.kwartier.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a request that cannot be read into a plain refusal before anything else looks at it. The
 * servlet container reads the parameters only when someone first asks for one; when they cannot be
 * read (bad percent-encoding, more parameters than allowed, a body over the size limit) every
 * later reader would fail in its own way, somewhere deep in a page, as an error with a stack
 * trace. Read them once here, first, and answer with the container's own status (400 or 413), so
 * the error page explains it. Kwartier's forms send only {@code application/x-www-form-urlencoded};
 * a body of any other kind (a file upload, JSON) is refused as 415 before a form tries to read it,
 * and numbered rows no form has ({@link #possibleRows}) as 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequestFilter extends OncePerRequestFilter {

	/** Spring's default limit on the rows of a list in a form ({@code DataBinder}'s auto-grow limit). */
	static final int MAX_ROWS = 256;

	/** A row number in a parameter name; a sign or anything else that is no number is a row no form has. */
	private static final Pattern ROW = Pattern.compile("\\[([^\\]]*)\\]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!readableBody(request)) {
			response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		Set<String> names;
		try {
			names = request.getParameterMap().keySet();
		}
		catch (InvalidParameterException unreadable) {
			response.sendError(unreadable.getErrorCode() >= 400 ? unreadable.getErrorCode()
					: HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (!possibleRows(names)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the numbered rows ({@code stepText[0]}, {@code stepText[1]}) are rows a form can send:
	 * numbered from 0 without a gap, fewer than {@value #MAX_ROWS}. Spring's binding of a form record
	 * fails beyond that limit instead of refusing the value, and a gap leaves an empty place in the
	 * list that no form expects.
	 */
	static boolean possibleRows(Collection<String> names) {
		Map<String, BitSet> rows = new HashMap<>();
		for (String name : names) {
			Matcher row = ROW.matcher(name);
			while (row.find()) {
				String index = row.group(1);
				if (!index.matches("\\d{1,4}") || Integer.parseInt(index) >= MAX_ROWS) {
					return false;
				}
				rows.computeIfAbsent(name.substring(0, row.start()), list -> new BitSet())
					.set(Integer.parseInt(index));
			}
		}
		return rows.values().stream().allMatch(numbers -> numbers.nextClearBit(0) == numbers.length());
	}

	/** No body, or a form's body: the only kinds Kwartier reads. */
	private static boolean readableBody(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || type.isBlank() || request.getContentLengthLong() == 0) {
			return true;
		}
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
		}
		catch (RuntimeException unreadableType) {
			return type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		}
	}
}
