import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The one wink-nlp instance: sentence boundaries and part-of-speech tags only,
 * which is all Parley asks of it (its other annotations cost time and are unused).
 */
export const wink = winkNLP(model, ["sbd", "pos"]);
