/** The starter file of a new bank in the studio: a small, valid bank whose comments teach the format. */
export const STARTER_TEMPLATE = `# A Factline question bank. Lines starting with # are comments: keep them or delete them.
# The full format is described in the README, under "Writing question banks".

title: My first bank            # shown on the home page
language: en
summary: >-
  One or two sentences that say what the bank is about. They open every lesson.
source:                         # where the facts come from; quizzes cite it
  headline: The article's headline
  publisher: The newspaper
  date: 2018-09-20
  url: https://example.org/the-article
generate: true                  # let Factline add questions made from the facts

topics:                         # each topic becomes a lesson
  - id: basics                  # ids: lowercase letters, digits and dashes
    title: The basics

facts:                          # one sentence each, as the text states it
  - id: troops
    topic: basics
    text: About 28,000 American troops are based in South Korea.
    paragraph: 3                # the paragraph of the source it comes from
    number: { value: 28000, unit: troops, tolerance: 2000 }

questions:
  - id: how-many-troops
    type: single                # also: multiple, truefalse, numeric, short, cloze, order, match
    prompt: Roughly how many US troops are stationed in South Korea?
    options: [ "About 2,800", "About 28,000", "About 280,000" ]
    answer: About 28,000
    facts: [ troops ]
    explanation: The article puts the American presence at around 28,000 soldiers.
  - id: troops-true-false
    type: truefalse
    prompt: There are about 28,000 US troops in South Korea.
    answer: true
    facts: [ troops ]
    explanation: That is the figure the article gives.
`
