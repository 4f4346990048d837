package nl.kwartier.platform.web.submission;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.SerializationUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A post that carries a submission key runs once. The first request claims the key (a row with a
 * unique key, so also two requests at the same moment on two nodes cannot both claim it) and,
 * when it answers with a redirect, leaves where it sent the user and the notice it showed. A
 * repeat waits for the first and is sent to the same place with the same notice. A first
 * request that saved nothing (the form came back with its errors) frees the key, so the
 * corrected form can be sent. A repeat is the same key with the same content: a form brought back
 * from the browser's history and changed is sent anew, so no change is silently dropped. Posts
 * without a key pass as before.
 *
 * <p>Runs after Spring Security (default filter order), so the key belongs to the signed-in user.
 */
@Component
class OneTimeSubmissionFilter extends OncePerRequestFilter {

	/** Login steps and the language switch do not create anything and set cookies a repeat could not give. */
	private static final Set<String> NOT_GUARDED = Set.of("/login", "/logout", "/language");

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	/** The flash attribute the layout shows as the confirmation of a save. */
	private static final String NOTICE = "notice";

	static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

	private static final Duration POLL = Duration.ofMillis(40);

	private final SubmissionKeys keys;

	private final FlashMapManager flashMaps;

	OneTimeSubmissionFilter(SubmissionKeys keys, FlashMapManager flashMapManager) {
		this.keys = keys;
		this.flashMaps = flashMapManager;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		String contentType = request.getContentType();
		if (contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NOT_GUARDED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		UUID key = SubmissionKey.parse(request.getParameter(SubmissionKey.FIELD));
		String owner = key == null ? null : owner(request);
		if (key == null || owner == null) {
			chain.doFilter(request, response);
			return;
		}
		SubmissionKeys.Claim claim = new SubmissionKeys.Claim(owner, key, content(request));
		long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
		while (true) {
			if (keys.claim(claim)) {
				first(claim, request, response, chain);
				return;
			}
			Optional<SubmissionKeys.Result> result = keys.find(claim);
			if (result.isPresent() && result.get().completed()) {
				repeat(result.get(), request, response);
				return;
			}
			if (result.isPresent() && keys.releaseAbandoned(claim)) {
				continue;
			}
			if (System.nanoTime() > deadline) {
				// The first is still busy after all this time: do not start a second one.
				response.sendError(HttpServletResponse.SC_CONFLICT);
				return;
			}
			if (result.isPresent()) {
				pause();
			}
		}
	}

	private void first(SubmissionKeys.Claim claim, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		boolean completed = false;
		try {
			chain.doFilter(request, response);
			String location = response.getHeader("Location");
			if (response.getStatus() >= 300 && response.getStatus() < 400 && location != null) {
				keys.complete(claim, location, flash(request));
				completed = true;
			}
		}
		finally {
			if (!completed) {
				keys.release(claim);
			}
		}
	}

	/** Same place, same notice; the notice only once, if the first one's is still waiting to be shown. */
	@SuppressWarnings("deprecation") // our own bytes, written by the first request
	private void repeat(SubmissionKeys.Result first, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (first.flash() != null
				&& SerializationUtils.deserialize(first.flash()) instanceof FlashMap notice
				&& !stillWaiting(notice, request)) {
			flashMaps.saveOutputFlashMap(notice, request, response);
		}
		response.sendRedirect(first.location());
	}

	private static boolean stillWaiting(FlashMap notice, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> waiting
				&& waiting.stream()
					.anyMatch(w -> w instanceof FlashMap map
							&& Objects.equals(map.getTargetRequestPath(), notice.getTargetRequestPath())
							&& map.equals(notice));
	}

	/**
	 * The notice the first request left for the next page, and its yes/no flags. Nothing else: the
	 * flash may hold what must be shown only once (a temporary password), which is never kept here.
	 */
	private static byte @Nullable [] flash(HttpServletRequest request) {
		if (!(request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE) instanceof FlashMap map)) {
			return null;
		}
		FlashMap kept = new FlashMap();
		map.forEach((name, value) -> {
			if (NOTICE.equals(name) && value instanceof String || value instanceof Boolean) {
				kept.put(name, value);
			}
		});
		kept.setTargetRequestPath(map.getTargetRequestPath());
		kept.addTargetRequestParams(map.getTargetRequestParams());
		return kept.isEmpty() ? null : SerializationUtils.serialize(kept);
	}

	/** What the form sent (without its tokens), as a SHA-256 in hex: parameters in order of name. */
	static String content(HttpServletRequest request) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			if (!SubmissionKey.FIELD.equals(name) && !"_csrf".equals(name)) {
				digest.update((name.length() + ":" + name).getBytes(StandardCharsets.UTF_8));
				for (String value : values) {
					String text = value == null ? "" : value;
					digest.update((text.length() + ":" + text).getBytes(StandardCharsets.UTF_8));
				}
			}
		});
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The signed-in user; before login the session; without either, nobody to remember a key for. */
	private static @Nullable String owner(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "user:" + authentication.getName();
		}
		HttpSession session = request.getSession(false);
		return session == null ? null : "session:" + session.getId();
	}

	private static void pause() {
		try {
			Thread.sleep(POLL);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
