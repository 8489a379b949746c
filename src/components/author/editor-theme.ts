import { defaultHighlightStyle, HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorView } from '@codemirror/view'

/*
 * The studio editor's colours, all CSS custom properties (styles.css and author.css), so the
 * editor follows the light or dark theme with the rest of the page and keeps its AA contrast.
 */

/** CodeMirror's own highlight colours, each mapped to the theme's colour for that kind of token. */
const TOKEN_COLOURS: Record<string, string> = {
  '#404740': 'meta',
  '#708': 'keyword',
  '#219': 'atom',
  '#164': 'literal',
  '#a11': 'string',
  '#e40': 'escape',
  '#00f': 'definition',
  '#30a': 'definition',
  '#085': 'atom',
  '#167': 'atom',
  '#256': 'definition',
  '#00c': 'definition',
  '#940': 'comment',
  '#f00': 'invalid',
}

/** The default style's fonts and underlines, with the theme's colours instead of its own. */
const themedHighlightStyle = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) =>
    typeof spec.color === 'string'
      ? { ...spec, color: `var(--code-${TOKEN_COLOURS[spec.color] ?? 'plain'}, var(--ink))` }
      : spec,
  ),
)

const errorMark = { backgroundImage: 'none', textDecoration: 'underline wavy var(--wrong)' }
const warningMark = { backgroundImage: 'none', textDecoration: 'underline wavy var(--partial)' }

const theme = EditorView.theme({
  '&': { color: 'var(--ink)', backgroundColor: 'var(--paper)' },
  '.cm-content': { caretColor: 'var(--ink)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--ink)' },
  '.cm-gutters': {
    color: 'var(--muted)',
    backgroundColor: 'var(--surface)',
    borderRight: '1px solid var(--line)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--code-active-line)' },
  '.cm-activeLineGutter': { color: 'var(--ink)', backgroundColor: 'var(--code-active-line)' },
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground':
    { backgroundColor: 'var(--code-selection)' },
  '.cm-selectionMatch, .cm-searchMatch, &.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--code-match)',
  },
  '.cm-searchMatch-selected, &.cm-focused .cm-nonmatchingBracket': {
    backgroundColor: 'var(--code-selection)',
  },
  // Problems: wavy underlines and gutter marks in the theme's wrong and partial colours.
  '.cm-lintRange-error': errorMark,
  '.cm-lintRange-warning': warningMark,
  '.cm-lintRange-info, .cm-lintRange-hint': warningMark,
  '.cm-lintRange': { textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '.cm-lintRange-active': { backgroundColor: 'var(--code-match)' },
  '.cm-lint-marker-error': {
    content: 'normal',
    backgroundColor: 'var(--wrong)',
    borderRadius: '50%',
    transform: 'scale(0.7)',
  },
  '.cm-lint-marker-warning, .cm-lint-marker-info, .cm-lint-marker-hint': {
    content: 'normal',
    backgroundColor: 'var(--partial)',
    clipPath: 'polygon(50% 10%, 95% 90%, 5% 90%)',
  },
  '.cm-tooltip, .cm-panels': {
    color: 'var(--ink)',
    backgroundColor: 'var(--surface)',
    border: '1px solid var(--line)',
  },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--wrong)' },
  '.cm-diagnostic-warning, .cm-diagnostic-info, .cm-diagnostic-hint': {
    borderLeftColor: 'var(--partial)',
  },
  '.cm-textfield': {
    color: 'var(--ink)',
    backgroundColor: 'var(--paper)',
    border: '1px solid var(--muted)',
  },
  '.cm-button': {
    color: 'var(--ink)',
    backgroundImage: 'none',
    backgroundColor: 'var(--surface)',
    border: '1px solid var(--muted)',
  },
  '.cm-panel button[name=close]': { color: 'var(--ink)' },
  '.cm-foldPlaceholder': {
    color: 'var(--ink)',
    backgroundColor: 'var(--surface)',
    border: '1px solid var(--line)',
  },
})

/** The editor's theme and syntax colours; put after basicSetup. */
export const editorTheme = [theme, syntaxHighlighting(themedHighlightStyle)]
