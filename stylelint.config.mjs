// Arabic lays the page out right to left: every rule on the inline axis must be logical
// (padding-inline-start, not padding-left) so that it flips with `dir`. The block axis (top,
// bottom), sizes and viewport units do not change with the direction, so they stay as they are:
// converting them would only churn the sheets. overflow-x stays too: a page scrolls sideways the
// same way in both directions, and Safari does not know overflow-inline.
const blockAndSize = [
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'top',
  'bottom',
  'margin-top',
  'margin-bottom',
  'padding-top',
  'padding-bottom',
  'border-top',
  'border-bottom',
  'border-top-width',
  'border-bottom-width',
  'border-top-color',
  'border-bottom-color',
  'border-top-style',
  'border-bottom-style',
  'scroll-margin-top',
  'scroll-margin-bottom',
  'scroll-padding-top',
  'scroll-padding-bottom',
  'overflow-x',
  'overflow-y',
  'overscroll-behavior-y',
  'contain-intrinsic-height',
  'contain-intrinsic-width',
]

// One value of a shorthand: a word, or a function such as clamp(…) with one level of nesting.
const value = String.raw`(?:[^\s(]|\((?:[^()]|\([^()]*\))*\))+`
const twoValues = new RegExp(String.raw`^\s*${value}\s+${value}`)
const fourValues = new RegExp(String.raw`^\s*${value}(?:\s+${value}){3}\s*$`)

export default {
  plugins: ['stylelint-plugin-logical-css'],
  overrides: [{ files: ['**/*.vue'], customSyntax: 'postcss-html' }],
  rules: {
    'logical-css/require-logical-properties': [true, { ignore: blockAndSize }],
    // A four-value shorthand names right before left: write the inline sides as padding-inline.
    'declaration-property-value-disallowed-list': [
      {
        '/^(margin|padding|inset|border-width|border-style|border-color)$/': [fourValues],
        // Two or more corners: the first one is the top left.
        'border-radius': [twoValues],
      },
      {
        message:
          'These values name the left and right sides or corners: write the inline sides (or the start and end corners) as logical longhands.',
      },
    ],
    'logical-css/require-logical-keywords': [
      true,
      { ignore: ['caption-side', 'offset-anchor', 'offset-position'] },
    ],
  },
}
