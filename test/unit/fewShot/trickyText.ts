// Text that breaks naive templates: snippet syntax, JSON and XML metacharacters, Jinja braces,
// YAML indicators, control characters and non-ASCII.
export const trickyTexts: readonly string[] = [
  'He said "hi" and left',
  'C:\\Users\\ana\\notes.txt ends with \\',
  'Costs $5, or $HOME, or ${1:not a placeholder} or $0',
  'close } and {{name}} and {% if x %} and {# note #}',
  'has </example> and <input>tags</input> inside',
  'Tom & Jerry &amp; friends <3 > 2',
  "it's a 'quote' and a `tick`",
  'key: value # not a comment\n- not a list\n  indented line',
  'tab\there, carriage\rreturn, bell\u0007, line separator\u2028 end',
  'ação, 日本語, emoji 🎉, RTL שלום',
  '   leading and trailing spaces   ',
];
