//! Building the model from cleaned articles.

use super::Model;
use crate::article::Article;
use crate::extract::gazetteer::Gazetteer;

/// Extract actors and dates from cleaned articles and assemble the model.
pub fn build(articles: Vec<Article>, gazetteer: &Gazetteer) -> Model {
    let _ = gazetteer;
    Model {
        articles,
        ..Model::default()
    }
}
