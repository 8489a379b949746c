/**
 * The question components pages use: a question's card, and the question a run is on in its card.
 * Imported together from here, they share one chunk of the build whichever page asks first.
 */
export { default as QuestionCard } from './QuestionCard.vue'
export { default as RunQuestion, type RunOnScreen } from './RunQuestion.vue'
