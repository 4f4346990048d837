package nl.kwartier.clients.registration;

import java.util.UUID;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's page for a registration marked as a possible match: is it the same person as
 * a client he may open, or someone else? Then the team decides on the first conversation as usual.
 */
@Controller
@RequiresPermission(Permission.COORDINATE_TEAM)
class PossibleMatchController {

	private final PossibleMatchReview reviews;

	PossibleMatchController(PossibleMatchReview reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/clients/registrations/{id}/possible-match")
	String page(@PathVariable UUID id, Model model) {
		return page(review(id), "", null, model);
	}

	@PostMapping("/clients/registrations/{id}/possible-match")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String match, Model model,
			RedirectAttributes redirect) {
		PossibleMatchReview.Review review = review(id);
		if ("new".equals(match)) {
			if (!reviews.someoneElse(review)) {
				return page(review, match, "possible-match.error.changed-meanwhile", model);
			}
			redirect.addFlashAttribute("notice", "possible-match.someone-else.saved");
			return "redirect:/clients/registrations";
		}
		PossibleMatch chosen = review.candidates().stream()
			.filter(c -> c.clientId().toString().equals(match))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			return page(review, match, "possible-match.error.choose", model);
		}
		if (!reviews.samePerson(review, chosen)) {
			return page(review, match, "possible-match.error.changed-meanwhile", model);
		}
		redirect.addFlashAttribute("notice", "possible-match.same.saved");
		return "redirect:/clients/registrations/" + id + "/decision";
	}

	private PossibleMatchReview.Review review(UUID id) {
		return reviews.review(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String page(PossibleMatchReview.Review review, String match, String error, Model model) {
		model.addAttribute("registration", review.registration());
		model.addAttribute("candidates", review.candidates());
		model.addAttribute("match", match);
		model.addAttribute("matchError", error);
		return "clients/registration/possible-match";
	}
}
