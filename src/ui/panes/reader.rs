//! The centre pane: the open article. Rows come pre-wrapped from the page; here they get
//! their styles: attributed words underlined, actors coloured by kind, search matches
//! lit, the current match, mention or statement in reverse video, captions dim and
//! indented, headings bold.

use super::block;
use crate::article::ParagraphKind;
use crate::model::Mention;
use crate::ui::app::{App, Mark};
use crate::ui::fmt::{date_label, truncate};
use crate::ui::layout::Pane;
use crate::ui::page::{Row, CAPTION_INDENT};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use std::ops::Range;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let focused = app.focus == Pane::Reader;
    let mut block = block(theme, "Article".to_string(), focused);
    let total = app.page.rows.len();
    let shown = area.height.saturating_sub(2) as usize;
    if app.open.is_some() && total > 0 {
        block = block.title_bottom(Line::from(position(app.scroll, shown, total)).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let text = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2).min(app.page.width.max(1)),
        ..inner
    };
    let Some(article) = app.open.and_then(|i| app.model.articles.get(i)) else {
        let why = match app.loading {
            Some(_) if app.model.articles.is_empty() => "",
            Some(_) => "Enter opens an article while the rest loads.",
            None if app.visible.is_empty() => "No article matches the filters.",
            None => "Select an article in the list and press Enter.",
        };
        // The whole width: with nothing open there is no page to measure.
        let row = Rect {
            height: 1,
            width: inner.width.saturating_sub(2),
            ..text
        };
        frame.render_widget(Line::from(Span::styled(why, theme.dim())), row);
        return;
    };
    let mentions = app
        .open
        .and_then(|i| app.index.mentions_of.get(i))
        .and_then(|r| app.model.mentions.get(r.clone()))
        .unwrap_or(&[]);
    let (hits, current_hit) = app.search_marks();
    let current = current_hit
        .and_then(|i| hits.get(i))
        .cloned()
        .or_else(|| app.current_mention())
        .or_else(|| app.current_quote());
    let quotes = app
        .open
        .and_then(|i| app.index.quotes_of.get(i))
        .and_then(|r| app.model.quotes.get(r.clone()))
        .unwrap_or(&[]);
    for (y, row) in app
        .page
        .rows
        .iter()
        .skip(app.scroll)
        .take(text.height as usize)
        .enumerate()
    {
        let line = match row {
            Row::Title(r) => Line::from(Span::styled(
                article.title.get(r.clone()).unwrap_or(""),
                theme.headline(),
            )),
            Row::Meta => {
                let mut meta: Vec<String> = article.source.iter().cloned().collect();
                meta.push(date_label(article));
                if let Some(p) = article.page_date {
                    meta.push(format!("the page's metadata says {p}"));
                }
                meta.extend(article.author.iter().cloned());
                Line::from(Span::styled(
                    truncate(&meta.join(" · "), text.width as usize),
                    theme.dim(),
                ))
            }
            Row::Blank => continue,
            Row::DroppedRule(i) => {
                let rule = article.dropped.get(*i).map_or("", |d| d.rule);
                Line::from(Span::styled(format!("✂ dropped · {rule}"), theme.dim()))
            }
            Row::Dropped { index, range } => {
                let text = article
                    .dropped
                    .get(*index)
                    .and_then(|d| d.text.get(range.clone()))
                    .unwrap_or("");
                Line::from(Span::styled(format!("  {text}"), theme.dim()))
            }
            Row::Text { paragraph, range } => {
                let Some(para) = article.paragraphs.get(*paragraph) else {
                    continue;
                };
                let (base, indent) = match para.kind {
                    ParagraphKind::Body => (Style::new(), 0),
                    ParagraphKind::Heading => (theme.heading(), 0),
                    ParagraphKind::Caption => (theme.caption(), CAPTION_INDENT),
                };
                let mut marks: Vec<(Range<usize>, Style)> = quotes
                    .iter()
                    .filter(|q| q.paragraph == *paragraph)
                    .map(|q| (q.start..q.end, theme.quote()))
                    .collect();
                let kind = |m: &Mention| app.model.actors.get(m.actor).map(|a| a.kind);
                for m in mentions.iter().filter(|m| m.paragraph == *paragraph) {
                    if let Some(k) = kind(m) {
                        marks.push((m.start..m.end, theme.actor(k)));
                    }
                }
                marks.extend(
                    hits.iter()
                        .filter(|h| h.paragraph == *paragraph)
                        .map(|h| (h.range.clone(), theme.search_hit())),
                );
                if let Some(Mark {
                    paragraph: p,
                    range,
                }) = &current
                {
                    if p == paragraph {
                        marks.push((range.clone(), theme.current_mark()));
                    }
                }
                let mut spans = vec![Span::raw(" ".repeat(indent as usize))];
                spans.extend(styled(&para.text, range.clone(), base, &marks));
                Line::from(spans)
            }
        };
        frame.render_widget(line, Rect::new(text.x, text.y + y as u16, text.width, 1));
    }
}

/// `L 12/80 · 15%`: the first row shown, the rows, how far down the last shown row is.
fn position(scroll: usize, shown: usize, total: usize) -> String {
    if total <= shown {
        return " All ".to_string();
    }
    let pct = ((scroll + shown).min(total) * 100) / total;
    format!(" L {}/{} · {}% ", scroll + 1, total, pct)
}

/// The part `range` of `text` as spans: `base`, patched by every mark over each piece
/// (later marks win).
fn styled(
    text: &str,
    range: Range<usize>,
    base: Style,
    marks: &[(Range<usize>, Style)],
) -> Vec<Span<'static>> {
    let mut cuts = vec![range.start, range.end];
    for (r, _) in marks {
        for at in [r.start, r.end] {
            if at > range.start && at < range.end && text.is_char_boundary(at) {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|w| {
            let piece = text.get(w[0]..w[1])?;
            let style = marks
                .iter()
                .filter(|(r, _)| r.start <= w[0] && w[1] <= r.end)
                .fold(base, |s, (_, m)| s.patch(*m));
            Some(Span::styled(piece.to_string(), style))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn marks_split_a_row_and_stack() {
        let theme = crate::ui::theme::Theme::default();
        let text = "Ông Stoltenberg nói với Nga";
        let s = text.find("Stoltenberg").unwrap();
        let marks = vec![
            (s..s + 11, theme.actor(crate::model::ActorKind::Person)),
            (s..s + 4, theme.current_mark()),
        ];
        let spans = styled(text, 0..text.len(), Style::new(), &marks);
        let parts: Vec<&str> = spans.iter().map(|x| x.content.as_ref()).collect();
        assert_eq!(parts, ["Ông ", "Stol", "tenberg", " nói với Nga"]);
        assert!(spans[1].style.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(spans[2].style, theme.actor(crate::model::ActorKind::Person));
        // A row that starts mid-paragraph only shows its part.
        let tail = styled(text, s + 4..text.len(), Style::new(), &marks);
        assert_eq!(tail[0].content, "tenberg");
    }

    #[test]
    fn the_position_says_where_we_are() {
        assert_eq!(position(0, 20, 10), " All ");
        assert_eq!(position(0, 20, 80), " L 1/80 · 25% ");
        assert_eq!(position(60, 20, 80), " L 61/80 · 100% ");
    }
}
