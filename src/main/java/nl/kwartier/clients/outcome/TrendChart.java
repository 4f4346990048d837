package nl.kwartier.clients.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A small line chart of one domain's scores over time, drawn on the server as SVG (no script, no
 * external service), with a title for screen readers; the page shows the same numbers in a table.
 */
final class TrendChart {

	record Point(LocalDate date, int score) {
	}

	private static final int WIDTH = 320;

	private static final int HEIGHT = 120;

	private static final int LEFT = 28;

	private static final int RIGHT = 12;

	private static final int TOP = 10;

	private static final int BOTTOM = 24;

	private TrendChart() {
	}

	static String svg(String title, List<Point> points, int min, int max, Locale locale) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"").append(HtmlUtils.htmlEscape(title)).append("\" class=\"trend\">");
		svg.append("<title>").append(HtmlUtils.htmlEscape(title)).append("</title>");
		for (int value = min; value <= max; value++) {
			int y = y(value, min, max);
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
				.append("\" y2=\"").append(y).append("\" stroke=\"#d0d5dd\" stroke-width=\"1\"/>");
			svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4)
				.append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a4a4a\">").append(value).append("</text>");
		}
		if (!points.isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < points.size(); i++) {
				Point point = points.get(i);
				int x = x(i, points.size());
				int y = y(point.score(), min, max);
				path.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
				svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y)
					.append("\" r=\"4\" fill=\"#1d4f91\"/>");
			}
			svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\"/>");
			svg.append("<text x=\"").append(x(0, points.size())).append("\" y=\"").append(HEIGHT - 6)
				.append("\" font-size=\"11\" fill=\"#4a4a4a\">").append(format(points.get(0).date(), locale)).append("</text>");
			if (points.size() > 1) {
				svg.append("<text x=\"").append(x(points.size() - 1, points.size())).append("\" y=\"").append(HEIGHT - 6)
					.append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a4a4a\">")
					.append(format(points.get(points.size() - 1).date(), locale)).append("</text>");
			}
		}
		return svg.append("</svg>").toString();
	}

	private static int x(int index, int count) {
		int span = WIDTH - LEFT - RIGHT - 16;
		return LEFT + 8 + (count == 1 ? span / 2 : index * span / (count - 1));
	}

	private static int y(int value, int min, int max) {
		int span = HEIGHT - TOP - BOTTOM;
		return TOP + (max - value) * span / Math.max(1, max - min);
	}

	private static String format(LocalDate date, Locale locale) {
		return HtmlUtils.htmlEscape(date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", locale)));
	}
}
