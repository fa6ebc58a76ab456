//! Dating one article again after its publication date was set by hand: the dates it
//! leaves without a year ("ngày 12/1") are resolved against the new date, as a dateline
//! would resolve them.

use super::build::{article_dates, event, group_timeline, Place};
use super::resolve::{resolve, Pending};
use super::{Event, Model};
use std::collections::HashMap;

impl Model {
    /// Resolve the dates of each of `articles` again against its publication date. A
    /// mention an article alone cannot date keeps the date the whole corpus gave it.
    /// Rebuilds the timeline once.
    pub fn redate(&mut self, articles: &[usize]) {
        if articles.is_empty() {
            return;
        }
        for &article in articles {
            let events = self.redated_events(article);
            self.splice_events(article, events);
        }
        self.timeline = group_timeline(self);
    }

    fn redated_events(&self, article: usize) -> Vec<Event> {
        let Some(art) = self.articles.get(article) else {
            return Vec::new();
        };
        // Resolved as a corpus of one, so that only this article's own dates count.
        let (pending, places): (Vec<Pending>, Vec<Place>) =
            article_dates(0, art).into_iter().unzip();
        let resolved = resolve(std::slice::from_mut(&mut art.clone()), &pending);
        let before: HashMap<(usize, usize), _> = self
            .events_of(article)
            .iter()
            .map(|e| ((e.paragraph, e.start), e.date))
            .collect();
        pending
            .iter()
            .zip(&places)
            .zip(resolved)
            .filter_map(|((p, place), date)| {
                let date =
                    date.or_else(|| before.get(&(place.paragraph, p.mention.start)).copied())?;
                let p = Pending { article, ..*p };
                Some(event(&self.articles, &self.mentions, &p, place, date))
            })
            .collect()
    }

    /// The events of one article (events are in reading order, so they are together).
    pub fn events_of(&self, article: usize) -> &[Event] {
        &self.events[self.event_range(article)]
    }

    fn event_range(&self, article: usize) -> std::ops::Range<usize> {
        let start = self.events.partition_point(|e| e.article < article);
        let end = self.events.partition_point(|e| e.article <= article);
        start..end
    }

    /// Put `events` in place of the events of `article`; rebuilds the timeline.
    pub fn set_events_of(&mut self, article: usize, events: Vec<Event>) {
        self.splice_events(article, events);
        self.timeline = group_timeline(self);
    }

    fn splice_events(&mut self, article: usize, events: Vec<Event>) {
        let range = self.event_range(article);
        self.events.splice(range, events);
    }
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Date, DateBasis, Paragraph, ParagraphKind, PartialDate};
    use crate::extract::gazetteer::Gazetteer;

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            file: format!("{id}.txt"),
            title: id.into(),
            title_inferred: false,
            date: None,
            date_basis: None,
            source: None,
            author: None,
            url: None,
            page_date: None,
            paragraphs: vec![Paragraph::new(ParagraphKind::Body, text)],
            dropped: Vec::new(),
        }
    }

    fn dates_of(m: &crate::model::Model, article: usize) -> Vec<(String, Option<PartialDate>)> {
        m.events_of(article)
            .iter()
            .map(|e| (e.surface.clone(), Some(e.date)))
            .collect()
    }

    #[test]
    fn a_date_set_by_hand_gives_year_less_dates_their_year() {
        let articles = vec![
            article("a", "Hôm 10/1, hai bên gặp nhau tại Geneva."),
            article("b", "Cuộc họp ngày 21/1/2022 diễn ra tại Geneva."),
        ];
        let mut m = crate::model::build(articles, &Gazetteer::bundled());
        // No dateline and no full date: "10/1" has no year yet.
        assert!(m.events_of(0).is_empty());
        let timeline_before = m.timeline.len();
        m.articles[0].date = Date::new(2022, 1, 13).ok();
        m.articles[0].date_basis = Some(DateBasis::Override);
        m.redate(&[0]);
        assert_eq!(
            dates_of(&m, 0),
            [("Hôm 10/1".to_string(), PartialDate::day(2022, 1, 10))]
        );
        assert_eq!(m.timeline.len(), timeline_before + 1);
        // The other article's events are untouched.
        assert_eq!(dates_of(&m, 1).len(), 1);
        assert!(m
            .timeline
            .iter()
            .all(|t| t.events.iter().all(|&e| e < m.events.len())));
    }
}
