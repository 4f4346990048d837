package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import nl.kwartier.identity.SecurityEvent;
import nl.kwartier.identity.SecurityEvent.AccountChange;
import nl.kwartier.identity.SecurityEvent.LoginFailure;
import nl.kwartier.identity.user.User;
import nl.kwartier.identity.user.UserRepository;
import nl.kwartier.platform.Deployment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a login: the code from the authenticator app (or a recovery code), and
 * the enrolment of the app for users who have none yet.
 */
@Controller
class SecondFactorController {

	private static final String ENROL_SECRET = "kwartier.enrolSecret";

	private static final String NEW_RECOVERY_CODES = "kwartier.newRecoveryCodes";

	private final UserRepository users;

	private final Totp totp;

	private final RecoveryCodes recoveryCodes;

	private final LoginThrottle throttle;

	private final LoginCompletion completion;

	private final ApplicationEventPublisher events;

	private final Deployment deployment;

	private final Clock clock;

	private final MessageSource messages;

	SecondFactorController(UserRepository users, Totp totp, RecoveryCodes recoveryCodes, LoginThrottle throttle,
			LoginCompletion completion, ApplicationEventPublisher events, Deployment deployment, Clock clock, MessageSource messages) {
		this.users = users;
		this.totp = totp;
		this.recoveryCodes = recoveryCodes;
		this.throttle = throttle;
		this.completion = completion;
		this.events = events;
		this.deployment = deployment;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/login/code")
	String codeForm(@AuthenticationPrincipal KwartierUser principal, Model model) {
		addDemoHint(principal, model);
		return "identity/login/code";
	}

	@PostMapping("/login/code")
	@Transactional
	String verifyCode(@AuthenticationPrincipal KwartierUser principal, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		String address = request.getRemoteAddr();
		if (throttle.isThrottled(principal.getUsername(), address)) {
			events.publishEvent(new SecurityEvent.LoginFailed(clock.instant(), principal.id(), principal.getUsername(),
					address, LoginFailure.THROTTLED));
			return codeError(principal, model, "login.error.throttled");
		}
		User user = users.findById(principal.id()).filter(User::active).orElse(null);
		if (user != null && user.totpSecret() != null && accepted(user, code)) {
			completion.complete(principal, request, response);
			return null;
		}
		if (user != null && recoveryCodes.redeem(user.id(), code)) {
			events.publishEvent(new SecurityEvent.AccountChanged(clock.instant(), user.id(), user.username(), address,
					AccountChange.RECOVERY_CODE_USED));
			completion.complete(principal, request, response);
			return null;
		}
		throttle.recordFailure(principal.getUsername(), address);
		events.publishEvent(new SecurityEvent.LoginFailed(clock.instant(), principal.id(), principal.getUsername(),
				address, LoginFailure.BAD_SECOND_FACTOR));
		return codeError(principal, model, "login.code.error.wrong");
	}

	/**
	 * The account changed between reading and saving it: mostly the same code sent twice at once (a
	 * double click), or an administrator's change at that moment. A code is used once, so this is not
	 * tried again; the user is told and can enter the next code. The transaction is rolled back by now.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(@AuthenticationPrincipal KwartierUser principal, HttpServletRequest request,
			Model model) {
		if (request.getRequestURI().endsWith("/login/enrol")) {
			return "redirect:/login/recovery";
		}
		return codeError(principal, model, "login.code.error.used-meanwhile");
	}

	private boolean accepted(User user, String code) {
		OptionalLong step = totp.verify(user.totpSecret(), code);
		if (step.isEmpty() || !user.acceptCodeAt(step.getAsLong())) {
			return false;
		}
		users.save(user);
		return true;
	}

	private String codeError(KwartierUser principal, Model model, String error) {
		model.addAttribute("codeError", error);
		model.addAttribute("throttleMinutes", throttle.window().toMinutes());
		addDemoHint(principal, model);
		return "identity/login/code";
	}

	private void addDemoHint(KwartierUser principal, Model model) {
		if (deployment.demoCodesShown()) {
			users.findById(principal.id())
				.map(User::totpSecret)
				.ifPresent(secret -> model.addAttribute("demoCode", totp.currentCode(secret)));
		}
	}

	@GetMapping("/login/enrol")
	String enrolForm(@AuthenticationPrincipal KwartierUser principal, HttpSession session, Model model) {
		if (principal.secondFactorEnrolled()) {
			return "redirect:/login/code";
		}
		String secret = (String) session.getAttribute(ENROL_SECRET);
		if (secret == null) {
			secret = totp.newSecret();
			session.setAttribute(ENROL_SECRET, secret);
		}
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("qrCode", QrCode.svg(totp.uri(secret, principal.getUsername()),
				messages.getMessage("login.enrol.qr", null, LocaleContextHolder.getLocale())));
		return "identity/login/enrol";
	}

	@PostMapping("/login/enrol")
	@Transactional
	String enrol(@AuthenticationPrincipal KwartierUser principal, @RequestParam(defaultValue = "") String code,
			HttpSession session, HttpServletRequest request, Model model) {
		String secret = (String) session.getAttribute(ENROL_SECRET);
		if (secret == null || principal.secondFactorEnrolled()) {
			return "redirect:/login/enrol";
		}
		String address = request.getRemoteAddr();
		if (throttle.isThrottled(principal.getUsername(), address)) {
			model.addAttribute("codeError", "login.error.throttled");
			model.addAttribute("throttleMinutes", throttle.window().toMinutes());
			return enrolForm(principal, session, model);
		}
		OptionalLong step = totp.verify(secret, code);
		User user = users.findById(principal.id()).filter(User::active).orElse(null);
		if (step.isEmpty() || user == null) {
			throttle.recordFailure(principal.getUsername(), address);
			model.addAttribute("codeError", "login.enrol.error.wrong");
			model.addAttribute("code", code.length() > 20 ? "" : code);
			return enrolForm(principal, session, model);
		}
		user.enrolSecondFactor(secret, step.getAsLong());
		users.save(user);
		session.removeAttribute(ENROL_SECRET);
		session.setAttribute(NEW_RECOVERY_CODES, List.copyOf(recoveryCodes.renew(user.id())));
		events.publishEvent(new SecurityEvent.AccountChanged(clock.instant(), user.id(), user.username(), address,
				AccountChange.SECOND_FACTOR_ENROLLED));
		return "redirect:/login/recovery";
	}

	@GetMapping("/login/recovery")
	String showRecoveryCodes(HttpSession session, Model model) {
		Object codes = session.getAttribute(NEW_RECOVERY_CODES);
		if (codes == null) {
			return "redirect:/login/code";
		}
		model.addAttribute("recoveryCodes", codes);
		return "identity/login/recovery";
	}

	@PostMapping("/login/recovery")
	void recoveryCodesSaved(@AuthenticationPrincipal KwartierUser principal, HttpSession session,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (session.getAttribute(NEW_RECOVERY_CODES) == null) {
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		session.removeAttribute(NEW_RECOVERY_CODES);
		completion.complete(principal, request, response);
	}
}
