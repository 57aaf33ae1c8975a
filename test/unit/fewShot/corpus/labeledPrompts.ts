// Labeled-field prompts as people paste them: classification, extraction, SQL, translation; EN, PT, ES.
import { type CorpusPrompt, crlf, entry } from './corpusEntry';

const fence = '```';

export const labeledPrompts: readonly CorpusPrompt[] = [
  entry('Text/Sentiment with a query', 'Classify the sentiment of the text as positive or negative.\n\nText: great battery life\nSentiment: positive\n\nText: screen cracked in a week\nSentiment: negative\n\nText: awful support\nSentiment:', {
    labels: ['Text', 'Sentiment'], examples: [['great battery life', 'positive'], ['screen cracked in a week', 'negative']], input: ['awful support'], instruction: 'Classify the sentiment of the text as positive or negative.' }),
  entry('Tweet/Sentiment', 'Tweet: I loved the new episode 😍\nSentiment: Positive\n\nTweet: worst update ever\nSentiment: Negative\n\nTweet: the app is fine I guess\nSentiment:', {
    labels: ['Tweet', 'Sentiment'], examples: [['I loved the new episode 😍', 'Positive'], ['worst update ever', 'Negative']], input: ['the app is fine I guess'], instruction: '' }),
  entry('Word/Antonym', 'Give the antonym.\nWord: hot\nAntonym: cold\nWord: tall\nAntonym: short\nWord: early\nAntonym:', {
    labels: ['Word', 'Antonym'], examples: [['hot', 'cold'], ['tall', 'short']], input: ['early'], instruction: 'Give the antonym.' }),
  entry('Texto/Sentimento in Portuguese', 'Classifique o sentimento do texto.\n\nTexto: Adorei o atendimento!\nSentimento: positivo\n\nTexto: O pedido chegou quebrado.\nSentimento: negativo\n\nTexto: Entrega rápida, produto ok.\nSentimento:', {
    labels: ['Texto', 'Sentimento'], examples: [['Adorei o atendimento!', 'positivo'], ['O pedido chegou quebrado.', 'negativo']], input: ['Entrega rápida, produto ok.'] }),
  entry('Email/Category', 'Route each email to a team.\n\nEmail: I was charged twice this month.\nCategory: Billing\n\nEmail: The app crashes when I open settings.\nCategory: Technical\n\nEmail: Can I change my delivery address?\nCategory:', {
    labels: ['Email', 'Category'], examples: [['I was charged twice this month.', 'Billing'], ['The app crashes when I open settings.', 'Technical']], input: ['Can I change my delivery address?'] }),
  entry('Human/AI LangChain memory', 'The following is a friendly conversation.\n\nHuman: Hi, who are you?\nAI: I am an assistant made to help with recipes.\nHuman: What can I cook with eggs?\nAI: An omelette, or shakshuka.\nHuman: And with rice?\nAI:', {
    labels: ['Human', 'AI'], examples: [['Hi, who are you?', 'I am an assistant made to help with recipes.'], ['What can I cook with eggs?', 'An omelette, or shakshuka.']], input: ['And with rice?'] }),
  entry('Spanish Entrada/Salida', 'Traduce al inglés.\n\nEntrada: Buenos días\nSalida: Good morning\n\nEntrada: ¿Dónde está la estación?\nSalida: Where is the station?\n\nEntrada: Muchas gracias\nSalida:', {
    labels: ['Entrada', 'Salida'], examples: [['Buenos días', 'Good morning'], ['¿Dónde está la estación?', 'Where is the station?']], input: ['Muchas gracias'] }),
  entry('Spanish Pregunta/Respuesta', 'Responde en una palabra.\nPregunta: ¿Capital de Francia?\nRespuesta: París\nPregunta: ¿Capital de Italia?\nRespuesta: Roma\nPregunta: ¿Capital de Perú?\nRespuesta:', {
    labels: ['Pregunta', 'Respuesta'], examples: [['¿Capital de Francia?', 'París'], ['¿Capital de Italia?', 'Roma']], input: ['¿Capital de Perú?'] }),
  entry('Spanish Ejemplo headers', 'Clasifica la reseña.\n\nEjemplo 1:\nReseña: Me encantó\nClase: positiva\n\nEjemplo 2:\nReseña: Llegó tarde y roto\nClase: negativa\n\nReseña: Está bien\nClase:', {
    labels: ['Reseña', 'Clase'], examples: [['Me encantó', 'positiva'], ['Llegó tarde y roto', 'negativa']], input: ['Está bien'] }),
  entry('Q/A with closing after the input', 'Q: Chile?\nA: Santiago\n\nQ: Peru?\nA:\n\nAnswer in one word.', {
    labels: ['Q', 'A'], examples: [['Chile?', 'Santiago']], input: ['Peru?'], closing: 'Answer in one word.', instruction: '' }),
  entry('Your turn heading', 'Write a haiku title.\n\nTopic: autumn\nTitle: Falling Amber\n\nTopic: the sea\nTitle: Salt Memory\n\n### Your turn\nTopic: snow\nTitle:', {
    labels: ['Topic', 'Title'], examples: [['autumn', 'Falling Amber'], ['the sea', 'Salt Memory']], input: ['snow'], closing: '### Your turn' }),
  entry('Now answer this one', 'Q: 2+2?\nA: 4\n\nQ: 3+5?\nA: 8\n\nNow answer this one:\nQ: 7+6?\nA:', {
    labels: ['Q', 'A'], examples: [['2+2?', '4'], ['3+5?', '8']], input: ['7+6?'], closing: 'Now answer this one:' }),
  entry('Question/SQL', 'Write SQL for the schema users(id, name, created_at).\n\nQuestion: How many users are there?\nSQL: SELECT COUNT(*) FROM users;\n\nQuestion: Users created in 2024?\nSQL: SELECT * FROM users WHERE created_at >= \'2024-01-01\';\n\nQuestion: The five newest users?\nSQL:', {
    labels: ['Question', 'SQL'], examples: [['How many users are there?', 'SELECT COUNT(*) FROM users;'], ['Users created in 2024?', "SELECT * FROM users WHERE created_at >= '2024-01-01';"]], input: ['The five newest users?'] }),
  entry('Context/Question/Answer three fields', 'Answer from the context.\n\nContext: The Nile is in Africa.\nQuestion: Where is the Nile?\nAnswer: Africa\n\nContext: Paris is the capital of France.\nQuestion: What is the capital of France?\nAnswer: Paris\n\nContext: Mercury is closest to the Sun.\nQuestion: Which planet is closest to the Sun?\nAnswer:', {
    labels: ['Context', 'Question', 'Answer'], examples: [['The Nile is in Africa.', 'Where is the Nile?', 'Africa'], ['Paris is the capital of France.', 'What is the capital of France?', 'Paris']], input: ['Mercury is closest to the Sun.', 'Which planet is closest to the Sun?'], instruction: 'Answer from the context.' }),
  entry('Input/Output with a code fence holding Examples:', ['Write the docstring.', '', 'Input: def add(a, b): return a + b', 'Output:', `${fence}python`, 'def add(a, b):', '    """Add two numbers.', '', '    Examples:', '        >>> add(1, 2)', '        3', '    """', '    return a + b', fence, '', 'Input: def neg(x): return -x', 'Output:'].join('\n'), {
    labels: ['Input', 'Output'], examples: [['def add(a, b): return a + b', `${fence}python\ndef add(a, b):\n    """Add two numbers.\n\n    Examples:\n        >>> add(1, 2)\n        3\n    """\n    return a + b\n${fence}`]], input: ['def neg(x): return -x'] }),
  entry('Caption between Example header and first label', 'Example 1:\nA tricky one with sarcasm.\nReview: Oh great, it broke again.\nLabel: negative\n\nExample 2:\nReview: Works like a charm.\nLabel: positive\n\nReview: Meh.\nLabel:', {
    labels: ['Review', 'Label'], examples: [['Oh great, it broke again.', 'negative'], ['Works like a charm.', 'positive']], input: ['Meh.'], unparsed: 1 }),
  entry('Bold markdown labels', 'Extract the product.\n\n**Sentence:** I bought a Kindle yesterday.\n**Product:** Kindle\n\n**Sentence:** My new AirPods are great.\n**Product:** AirPods\n\n**Sentence:** The Pixel camera is amazing.\n**Product:**', {
    labels: ['Sentence', 'Product'], examples: [['I bought a Kindle yesterday.', 'Kindle'], ['My new AirPods are great.', 'AirPods']], input: ['The Pixel camera is amazing.'] }),
  entry('Heading labels multi-line', '## Ticket\nThe export button does nothing.\nTried Chrome and Firefox.\n\n## Priority\nhigh\n\n## Ticket\nTypo on the pricing page.\n\n## Priority\nlow\n\n## Ticket\nData loss when saving drafts.\n\n## Priority\n', {
    labels: ['Ticket', 'Priority'], examples: [['The export button does nothing.\nTried Chrome and Firefox.', 'high'], ['Typo on the pricing page.', 'low']], input: ['Data loss when saving drafts.'] }),
  entry('Alpaca zero-shot', 'Below is an instruction that describes a task, paired with an input that provides further context. Write a response that appropriately completes the request.\n\n### Instruction:\nSummarize the text in one sentence.\n\n### Input:\nThe meeting moved to Friday because the room was booked.\n\n### Response:\n', {
    labels: ['Instruction', 'Input', 'Response'], examples: [], input: ['Summarize the text in one sentence.', 'The meeting moved to Friday because the room was booked.'] }),
  entry('Alpaca with one example', '### Instruction:\nFix the grammar.\n\n### Input:\nshe go to school\n\n### Response:\nShe goes to school.\n\n### Instruction:\nFix the grammar.\n\n### Input:\nthey was late\n\n### Response:\n', {
    labels: ['Instruction', 'Input', 'Response'], examples: [['Fix the grammar.', 'she go to school', 'She goes to school.']], input: ['Fix the grammar.', 'they was late'] }),
  entry('Human/Assistant transcript, first turn is the instruction', 'Human: You will classify support tickets as bug, billing or other. Reply with the class only.\n\nHuman: I was charged twice.\n\nAssistant: billing\n\nHuman: The page is blank after login.\n\nAssistant: bug\n\nHuman: Do you ship to Canada?\n\nAssistant:', {
    labels: ['Human', 'Assistant'], examples: [['I was charged twice.', 'billing'], ['The page is blank after login.', 'bug']], input: ['Do you ship to Canada?'], instruction: 'You will classify support tickets as bug, billing or other. Reply with the class only.' }),
  entry('User/Assistant with system line', 'System: You are a pirate.\nUser: Hello\nAssistant: Ahoy!\nUser: How are you?\nAssistant: Shipshape, matey.\nUser: Bye', {
    labels: ['User', 'Assistant'], examples: [['Hello', 'Ahoy!'], ['How are you?', 'Shipshape, matey.']], input: ['Bye'], instruction: 'You are a pirate.' }),
  entry('Same-line Q/A pairs', 'Solve.\nQ: 7+5? A: 12\nQ: 9-3? A: 6\nQ: 4*4? A:', {
    labels: ['Q', 'A'], examples: [['7+5?', '12'], ['9-3?', '6']], input: ['4*4?'] }),
  entry('Numbered same-line Input/Output', 'Convert to title case.\n1. Input: the old man Output: The Old Man\n2. Input: a tale of two cities Output: A Tale of Two Cities\n3. Input: war and peace Output:', {
    labels: ['Input', 'Output'], examples: [['the old man', 'The Old Man'], ['a tale of two cities', 'A Tale of Two Cities']], input: ['war and peace'] }),
  entry('CRLF Portuguese Pergunta/Resposta', crlf(['Responda com base no texto.', '', 'Pergunta: Qual é a capital do Brasil?', 'Resposta: Brasília', '', 'Pergunta: Qual é o maior estado?', 'Resposta: Amazonas', '', 'Pergunta: Qual é a moeda?', 'Resposta:']), {
    labels: ['Pergunta', 'Resposta'], examples: [['Qual é a capital do Brasil?', 'Brasília'], ['Qual é o maior estado?', 'Amazonas']], input: ['Qual é a moeda?'] }),
  entry('BOM and tabs', '\uFEFFLabel the intent.\n\nUtterance:\tbook a table for two\nIntent:\treservation\n\nUtterance:\twhat time do you close\nIntent:\thours\n\nUtterance:\tdo you have vegan food\nIntent:', {
    labels: ['Utterance', 'Intent'], examples: [['book a table for two', 'reservation'], ['what time do you close', 'hours']], input: ['do you have vegan food'] }),
  entry('Extraction with JSON output lines', 'Extract name and city as JSON.\n\nText: Maria lives in Lisbon.\nJSON: {"name": "Maria", "city": "Lisbon"}\n\nText: João moved to Recife last year.\nJSON: {"name": "João", "city": "Recife"}\n\nText: Ana is from Porto.\nJSON:', {
    labels: ['Text', 'JSON'], examples: [['Maria lives in Lisbon.', '{"name": "Maria", "city": "Lisbon"}'], ['João moved to Recife last year.', '{"name": "João", "city": "Recife"}']], input: ['Ana is from Porto.'] }),
  entry('Complete examples, no query', 'Examples of good commit messages:\n\nChange: added retry to the HTTP client\nMessage: Retry failed HTTP requests up to three times\n\nChange: removed unused imports\nMessage: Remove unused imports', {
    labels: ['Change', 'Message'], examples: [['added retry to the HTTP client', 'Retry failed HTTP requests up to three times'], ['removed unused imports', 'Remove unused imports']], input: null }),
  entry('Lowercase labels, emoji values', 'sentence: I love pizza 🍕\nemoji: 😋\nsentence: it is raining again\nemoji: 🌧️\nsentence: my team won!\nemoji:', {
    labels: ['sentence', 'emoji'], examples: [['I love pizza 🍕', '😋'], ['it is raining again', '🌧️']], input: ['my team won!'] }),
  entry('Multi-word labels', 'Customer message: Where is my order #123?\nAgent reply: Let me check that for you right away.\n\nCustomer message: I want a refund.\nAgent reply: I am sorry to hear that; I can start the refund now.\n\nCustomer message: The coupon does not work.\nAgent reply:', {
    labels: ['Customer message', 'Agent reply'], examples: [['Where is my order #123?', 'Let me check that for you right away.'], ['I want a refund.', 'I am sorry to hear that; I can start the refund now.']], input: ['The coupon does not work.'] }),
  entry('Portuguese Entrada/Saída with header Exemplos', 'Corrija a ortografia.\n\nExemplos:\nEntrada: excessão\nSaída: exceção\nEntrada: previlégio\nSaída: privilégio\n\nEntrada: concerteza\nSaída:', {
    labels: ['Entrada', 'Saída'], examples: [['excessão', 'exceção'], ['previlégio', 'privilégio']], input: ['concerteza'] }),
  entry('Question only final line without answer label', 'Answer with the capital city only.\nQuestion: What is the capital of Japan?\nAnswer: Tokyo\nQuestion: What is the capital of Canada?\nAnswer: Ottawa\nQuestion: What is the capital of Australia?', {
    labels: ['Question', 'Answer'], examples: [['What is the capital of Japan?', 'Tokyo'], ['What is the capital of Canada?', 'Ottawa']], input: ['What is the capital of Australia?'] }),
  entry('Variables in the query', 'Classify the review.\n\nReview: Loved it\nLabel: pos\n\nReview: Hated it\nLabel: neg\n\nReview: {review}\nLabel:', {
    labels: ['Review', 'Label'], examples: [['Loved it', 'pos'], ['Hated it', 'neg']], input: ['{review}'] }),
  entry('Zero-shot labeled input', 'Translate to German.\n\nEnglish: Good night\nGerman:', {
    labels: ['English', 'German'], examples: [], input: ['Good night'], instruction: 'Translate to German.' }),
  entry('Spanish Texto/Categoría with closing', 'Texto: Mi paquete no llegó\nCategoría: envío\n\nTexto: Me cobraron dos veces\nCategoría: facturación\n\nTexto: La app se cierra sola\nCategoría:\n\nResponde solo con la categoría.', {
    labels: ['Texto', 'Categoría'], examples: [['Mi paquete no llegó', 'envío'], ['Me cobraron dos veces', 'facturación']], input: ['La app se cierra sola'], closing: 'Responde solo con la categoría.' }),
  entry('Indented code answer with blank lines', 'Task: reverse a string in Python\nCode:\n    def reverse(s):\n\n        return s[::-1]\n\nTask: sum a list in Python\nCode:\n    def total(items):\n\n        return sum(items)\n\nTask: square a number in Python\nCode:', {
    labels: ['Task', 'Code'], examples: [['reverse a string in Python', 'def reverse(s):\n\n        return s[::-1]'], ['sum a list in Python', 'def total(items):\n\n        return sum(items)']], input: ['square a number in Python'] }),
  entry('Dialogue/Intent, Portuguese instruction', 'Identifique a intenção do cliente.\n\nDiálogo: quero cancelar minha assinatura\nIntenção: cancelamento\n\nDiálogo: como troco minha senha?\nIntenção: suporte\n\nDiálogo: vocês têm plano anual?\nIntenção:', {
    labels: ['Diálogo', 'Intenção'], examples: [['quero cancelar minha assinatura', 'cancelamento'], ['como troco minha senha?', 'suporte']], input: ['vocês têm plano anual?'] }),
  entry('Input with multi-line value and colon inside', 'Log: ERROR 12:01:33 db timeout\nWARN 12:01:34 retrying\nSeverity: high\n\nLog: INFO 09:00:00 started\nSeverity: low\n\nLog: ERROR 13:00:00 disk full\nSeverity:', {
    labels: ['Log', 'Severity'], examples: [['ERROR 12:01:33 db timeout\nWARN 12:01:34 retrying', 'high'], ['INFO 09:00:00 started', 'low']], input: ['ERROR 13:00:00 disk full'] }),
  // Same-line fields with a separator between them: the separator is structure, not the end of the first value.
  entry('same-line fields separated by a semicolon', 'Label the intent.\nUtterance: book a table for two ; Intent: reservation\nUtterance: what time do you close ; Intent: hours\nUtterance: cancel my booking ; Intent:', {
    labels: ['Utterance', 'Intent'], examples: [['book a table for two', 'reservation'], ['what time do you close', 'hours']], input: ['cancel my booking'], instruction: 'Label the intent.' }),
  entry('Portuguese same-line fields separated by a bar without spaces', 'Traduza para o inglês.\nPortuguês: bom dia|Inglês: good morning\nPortuguês: obrigado|Inglês: thank you\nPortuguês: até logo|Inglês:', {
    labels: ['Português', 'Inglês'], examples: [['bom dia', 'good morning'], ['obrigado', 'thank you']], input: ['até logo'] }),
  entry('Spanish same-line fields separated by a dash', 'Corrige la ortografía.\nFrase: aver si viene - Corrección: a ver si viene\nFrase: haci es - Corrección: así es\nFrase: vaya a ver - Corrección:', {
    labels: ['Frase', 'Corrección'], examples: [['aver si viene', 'a ver si viene'], ['haci es', 'así es']], input: ['vaya a ver'] }),
  entry('same-line fields separated by an arrow, commas inside the values', 'Input: 3, 4 → Output: 7\nInput: 10, 5 → Output: 15\nInput: 8, 1 → Output:', {
    labels: ['Input', 'Output'], examples: [['3, 4', '7'], ['10, 5', '15']], input: ['8, 1'] }),
  entry('three same-line fields separated by bars', 'Word: bank | Sense: river | Sentence: We sat on the bank.\nWord: bank | Sense: money | Sentence: The bank opens at nine.\nWord: bat | Sense: animal | Sentence:', {
    labels: ['Word', 'Sense', 'Sentence'], examples: [['bank', 'river', 'We sat on the bank.'], ['bank', 'money', 'The bank opens at nine.']], input: ['bat', 'animal'] }),
  // A prefix that marks an example or the query ("Example", "Sample", "de ejemplo", "New") names the same field.
  entry('Sample Input / Sample Output with numbers, then the bare labels', 'Sample Input 1:\n3 4\nSample Output 1:\n7\n\nSample Input 2:\n10 5\nSample Output 2:\n15\n\nInput:\n8 1\nOutput:', {
    labels: ['Sample Input', 'Sample Output'], examples: [['3 4', '7'], ['10 5', '15']], input: ['8 1'] }),
  entry('Spanish "de ejemplo" labels, then the bare labels', 'Traduce al inglés.\n\nEntrada de ejemplo: gato\nSalida de ejemplo: cat\n\nEntrada de ejemplo: perro\nSalida de ejemplo: dog\n\nEntrada: pájaro\nSalida:', {
    labels: ['Entrada de ejemplo', 'Salida de ejemplo'], examples: [['gato', 'cat'], ['perro', 'dog']], input: ['pájaro'], instruction: 'Traduce al inglés.' }),
  entry('a "New text" label for the query', 'Text: the battery lasts all day\nLabel: positive\n\nText: it overheats\nLabel: negative\n\nNew text: shipping was fast\nLabel:', {
    labels: ['Text', 'Label'], examples: [['the battery lasts all day', 'positive'], ['it overheats', 'negative']], input: ['shipping was fast'] }),
  // A number alone on a line heads the example below it.
  entry('parenthesized numbers above labeled fields', 'Fix the grammar.\n\n(1)\nInput: he go\nOutput: he goes\n\n(2)\nInput: we was\nOutput: we were\n\n(3)\nInput: it have\nOutput:', {
    labels: ['Input', 'Output'], examples: [['he go', 'he goes'], ['we was', 'we were']], input: ['it have'], instruction: 'Fix the grammar.', unparsed: 0 }),
  entry('numbered Markdown headings above labeled fields', '### 1\nQuestion: 2+2\nAnswer: 4\n\n### 2\nQuestion: 3+3\nAnswer: 6\n\n### 3\nQuestion: 4+4\nAnswer:', {
    labels: ['Question', 'Answer'], examples: [['2+2', '4'], ['3+3', '6']], input: ['4+4'], instruction: '' }),
  // Labels with a qualifier, code quotes, an emoji or a numbered example prefix.
  entry('labels with a language in parentheses', 'Translate.\nInput (English): good night\nOutput (French): bonne nuit\nInput (English): thank you\nOutput (French): merci\nInput (English): see you\nOutput (French):', {
    labels: ['Input (English)', 'Output (French)'], examples: [['good night', 'bonne nuit'], ['thank you', 'merci']], input: ['see you'], instruction: 'Translate.' }),
  entry('labels in code quotes', '`input`: cat\n`output`: gato\n`input`: dog\n`output`: perro\n`input`: bird\n`output`:', {
    labels: ['input', 'output'], examples: [['cat', 'gato'], ['dog', 'perro']], input: ['bird'] }),
  // Where labeled fields repeat, an arrow inside a value (a return type, a fat-arrow function) is text, not a pair.
  entry('labeled fields whose values hold arrows', 'Write the TypeScript type.\nFunction: const add = (a, b) => a + b\nType: (a: number, b: number) => number\n\nFunction: const shout = (s) => s.toUpperCase()\nType: (s: string) => string\n\nFunction: const id = (x) => x\nType:', {
    labels: ['Function', 'Type'],
    examples: [['const add = (a, b) => a + b', '(a: number, b: number) => number'], ['const shout = (s) => s.toUpperCase()', '(s: string) => string']],
    input: ['const id = (x) => x'], instruction: 'Write the TypeScript type.', unparsed: 0 }),
  // A closing tag ends its example and heads none: the text after the last one is a closing instruction.
  entry('example tags around labeled fields, the query tagged too, then a closing line', 'Give the capital.\n\n<example>\nCountry: Peru\nCapital: Lima\n</example>\n<example>\nCountry: Kenya\nCapital: Nairobi\n</example>\n<example>\nCountry: Chile\nCapital:\n</example>\n\nReply with the city name only.', {
    labels: ['Country', 'Capital'], examples: [['Peru', 'Lima'], ['Kenya', 'Nairobi']], input: ['Chile'],
    instruction: 'Give the capital.', closing: 'Reply with the city name only.', unparsed: 0 }),
  // A backtick after the colon opens a code span in the value; only one wrapping the label is markup.
  entry('values that start with a code span', 'Name the bug.\nCode: `len(x) + 1` in a loop\nBug: `len` is called each pass\nCode: `open(f)` without close\nBug: `f` leaks a handle\nCode: `x == None`\nBug:', {
    labels: ['Code', 'Bug'], examples: [['`len(x) + 1` in a loop', '`len` is called each pass'], ['`open(f)` without close', '`f` leaks a handle']], input: ['`x == None`'], instruction: 'Name the bug.' }),
  entry('speaker emoji before the labels', '👤 User: hi\n🤖 Bot: hello\n👤 User: how are you\n🤖 Bot: fine\n👤 User: bye\n🤖 Bot:', {
    labels: ['User', 'Bot'], examples: [['hi', 'hello'], ['how are you', 'fine']], input: ['bye'] }),
  entry('numbered Example prefixes with a dash, bare labels for the query', 'Example 1 - Input: cat\nExample 1 - Output: gato\nExample 2 - Input: dog\nExample 2 - Output: perro\nInput: bird\nOutput:', {
    labels: ['Example 1 - Input', 'Example 1 - Output'], examples: [['cat', 'gato'], ['dog', 'perro']], input: ['bird'] }),
  entry('Q1/A1 labels numbered without a space', 'Q1: What is 2+2?\nA1: 4\nQ2: What is 3+3?\nA2: 6\nQ3: What is 5+5?\nA3:', {
    labels: ['Q', 'A'], examples: [['What is 2+2?', '4'], ['What is 3+3?', '6']], input: ['What is 5+5?'] }),
  entry('Example N headers with both fields on the same line', 'Example 1: Input: cat Output: gato\nExample 2: Input: dog Output: perro\nExample 3: Input: bird Output:', {
    labels: ['Input', 'Output'], examples: [['cat', 'gato'], ['dog', 'perro']], input: ['bird'] }),
];
