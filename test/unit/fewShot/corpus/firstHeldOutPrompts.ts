// The first held-out set: written after the parser, run once (13 of 20 passed), then used to
// generalize (separator lines, quoted labels, multi-paragraph turns, data records, turn tokens).
// Since it shaped the parser it is part of the corpus now; heldOutPrompts.ts is the untouched set.
import { type CorpusPrompt, entry } from './corpusEntry';

const fence = '```';

export const firstHeldOutPrompts: readonly CorpusPrompt[] = [
  entry('hash separators between examples', 'Classify the support ticket.\n###\nInput text: My invoice shows the wrong VAT number.\nClassification: billing\n###\nInput text: I cannot log in with Google.\nClassification: account\n###\nInput text: The export to PDF is blank.\nClassification:', {
    labels: ['Input text', 'Classification'], examples: [['My invoice shows the wrong VAT number.', 'billing'], ['I cannot log in with Google.', 'account']], input: ['The export to PDF is blank.'] }),
  entry('numbered labels Sentence 1 / Translation 1', 'Sentence 1: The sky is blue.\nTranslation 1: O céu é azul.\nSentence 2: I like green tea.\nTranslation 2: Eu gosto de chá verde.\nSentence 3: Where is the station?\nTranslation 3:', {
    labels: ['Sentence', 'Translation'], examples: [['The sky is blue.', 'O céu é azul.'], ['I like green tea.', 'Eu gosto de chá verde.']], input: ['Where is the station?'] }),
  entry('User says / Bot says', 'User says: hi there\nBot says: Hello! How can I help?\nUser says: what are your hours\nBot says: We are open 9 to 5.\nUser says: are you open on sunday', {
    labels: ['User says', 'Bot says'], examples: [['hi there', 'Hello! How can I help?'], ['what are your hours', 'We are open 9 to 5.']], input: ['are you open on sunday'] }),
  entry('OpenAI Python SDK with f-string content', 'resp = client.chat.completions.create(\n    model="gpt-4o",\n    messages=[\n        {"role": "system", "content": "Extract the date in ISO format."},\n        {"role": "user", "content": "Meet me on March 3rd, 2024"},\n        {"role": "assistant", "content": "2024-03-03"},\n        {"role": "user", "content": f"{user_text}"},\n    ],\n)', {
    labels: null, examples: [['Meet me on March 3rd, 2024', '2024-03-03']], input: ['{user_text}'], instruction: 'Extract the date in ISO format.', unparsed: 2 }),
  entry('blockquoted Q/A in Markdown', 'Use this style:\n\n> Q: What is an LLM?\n> A: A model trained to predict text.\n\n> Q: What is a token?\n> A: A piece of text the model reads.\n\n> Q: What is a context window?\n> A:', {
    labels: ['Q', 'A'], examples: [['What is an LLM?', 'A model trained to predict text.'], ['What is a token?', 'A piece of text the model reads.']], input: ['What is a context window?'] }),
  entry('Spanish P/R same-line pairs', 'Responde con un número.\nP: ¿Cuántos días tiene una semana? R: 7\nP: ¿Cuántos meses tiene un año? R: 12\nP: ¿Cuántas horas tiene un día? R:', {
    labels: ['P', 'R'], examples: [['¿Cuántos días tiene una semana?', '7'], ['¿Cuántos meses tiene un año?', '12']], input: ['¿Cuántas horas tiene un día?'] }),
  entry('Portuguese semicolon CSV with quotes', 'comentario;nota\n"Ótimo; recomendo";5\n"Demorou, mas chegou";3\n"Péssimo";1\n"Veio errado";', {
    labels: ['comentario', 'nota'], examples: [['Ótimo; recomendo', '5'], ['Demorou, mas chegou', '3'], ['Péssimo', '1']], input: ['Veio errado'] }),
  entry('legacy prompt/completion JSONL', '{"prompt": "Capital of France ->", "completion": " Paris"}\n{"prompt": "Capital of Spain ->", "completion": " Madrid"}', {
    labels: ['prompt', 'completion'], examples: [['Capital of France ->', 'Paris'], ['Capital of Spain ->', 'Madrid']], input: null }),
  entry('YAML-like list of input/output pairs', 'examples:\n  - input: 2 + 2\n    output: 4\n  - input: 3 * 3\n    output: 9\n  - input: 10 - 7\n    output:', {
    labels: ['input', 'output'], examples: [['2 + 2', '4'], ['3 * 3', '9']], input: ['10 - 7'] }),
  entry('Claude document prompt without examples', '<document>\nThe refund policy allows returns within 30 days.\n</document>\n\nAnswer the question using only the document.\n<question>Can I return after 45 days?</question>', {
    labels: null, examples: [], input: null, instruction: '<document>\nThe refund policy allows returns within 30 days.\n</document>\n\nAnswer the question using only the document.\n<question>Can I return after 45 days?</question>' }),
  entry('code translation with language headings', `Translate Python to JavaScript.\n\n### Python\n${fence}python\nprint("hi")\n${fence}\n### JavaScript\n${fence}js\nconsole.log("hi");\n${fence}\n\n### Python\n${fence}python\nx = [1, 2]\n${fence}\n### JavaScript\n${fence}js\nconst x = [1, 2];\n${fence}\n\n### Python\n${fence}python\nlen(x)\n${fence}\n### JavaScript\n`, {
    labels: ['Python', 'JavaScript'], examples: [[`${fence}python\nprint("hi")\n${fence}`, `${fence}js\nconsole.log("hi");\n${fence}`], [`${fence}python\nx = [1, 2]\n${fence}`, `${fence}js\nconst x = [1, 2];\n${fence}`]], input: [`${fence}python\nlen(x)\n${fence}`] }),
  entry('aligned Markdown table with a question mark row', '| Country   | Currency |\n|-----------|----------|\n| Japan     | Yen      |\n| Brazil    | Real     |\n| Mexico    | ?        |', {
    labels: ['Country', 'Currency'], examples: [['Japan', 'Yen'], ['Brazil', 'Real'], ['Mexico', '?']], input: null }),
  entry('Human/Assistant with multi-paragraph answers', 'Human: Explain recursion briefly.\n\nAssistant: Recursion is when a function calls itself.\n\nIt needs a base case to stop.\n\nHuman: Explain a closure briefly.\n\nAssistant: A closure is a function that remembers its scope.\n\nIt can use variables from where it was made.\n\nHuman: Explain memoization briefly.\n\nAssistant:', {
    labels: ['Human', 'Assistant'], examples: [['Explain recursion briefly.', 'Recursion is when a function calls itself.\n\nIt needs a base case to stop.'], ['Explain a closure briefly.', 'A closure is a function that remembers its scope.\n\nIt can use variables from where it was made.']], input: ['Explain memoization briefly.'] }),
  entry('Spanish numbered fat arrows', 'Convierte a mayúsculas:\n1) "hola" => "HOLA"\n2) "adiós" => "ADIÓS"\n3) "gracias" =>', {
    labels: null, examples: [['"hola"', '"HOLA"'], ['"adiós"', '"ADIÓS"']], input: ['"gracias"'] }),
  entry('Bedrock Converse request in JavaScript', 'const command = new ConverseCommand({\n  modelId: "anthropic.claude-3-haiku-20240307-v1:0",\n  system: [{ text: "Reply with the color only." }],\n  messages: [\n    { role: "user", content: [{ text: "banana" }] },\n    { role: "assistant", content: [{ text: "yellow" }] },\n    { role: "user", content: [{ text: "grass" }] },\n  ],\n  inferenceConfig: { maxTokens: 10 },\n});', {
    labels: null, examples: [['banana', 'yellow']], input: ['grass'], instruction: 'Reply with the color only.', unparsed: 3 }),
  entry('Gemini Python types.Content', 'contents = [\n    types.Content(role="user", parts=[types.Part(text="sum 2 and 3")]),\n    types.Content(role="model", parts=[types.Part(text="5")]),\n    types.Content(role="user", parts=[types.Part(text="sum 4 and 4")]),\n]', {
    labels: null, examples: [['sum 2 and 3', '5']], input: ['sum 4 and 4'], instruction: '' }),
  entry('email with three fields', 'Subject: Invoice overdue\nBody: Your invoice 123 is 10 days late.\nCategory: finance\n\nSubject: Team lunch\nBody: Pizza on Friday at noon!\nCategory: social\n\nSubject: Password reset\nBody: Click the link to reset your password.\nCategory:', {
    labels: ['Subject', 'Body', 'Category'], examples: [['Invoice overdue', 'Your invoice 123 is 10 days late.', 'finance'], ['Team lunch', 'Pizza on Friday at noon!', 'social']], input: ['Password reset', 'Click the link to reset your password.'] }),
  entry('XML examples with a mustache query', 'Rewrite the headline in plain words.\n<examples>\n<example><headline>Fed hikes rates amid sticky inflation</headline><plain>The central bank raised interest rates because prices keep rising.</plain></example>\n</examples>\n<headline>{{headline}}</headline>', {
    labels: ['headline', 'plain'], examples: [['Fed hikes rates amid sticky inflation', 'The central bank raised interest rates because prices keep rising.']], input: ['{{headline}}'] }),
  entry('dash separators between examples', 'Review: Loved every minute.\nStars: 5\n---\nReview: Fell asleep halfway.\nStars: 2\n---\nReview: Good, not great.\nStars:', {
    labels: ['Review', 'Stars'], examples: [['Loved every minute.', '5'], ['Fell asleep halfway.', '2']], input: ['Good, not great.'] }),
  entry('ChatML transcript', '<|im_start|>system\nYou answer in one word.<|im_end|>\n<|im_start|>user\nColor of the sky?<|im_end|>\n<|im_start|>assistant\nBlue<|im_end|>\n<|im_start|>user\nColor of snow?<|im_end|>\n<|im_start|>assistant\n', {
    labels: null, examples: [['Color of the sky?', 'Blue']], input: ['Color of snow?'], instruction: 'You answer in one word.' }),
];
