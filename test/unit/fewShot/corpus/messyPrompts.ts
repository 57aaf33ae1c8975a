// Prompts as they arrive from notebooks, tickets and chat logs: mixed markup, stray notes, odd spacing.
import { type CorpusPrompt, crlf, entry } from './corpusEntry';

const fence = '```';

export const messyPrompts: readonly CorpusPrompt[] = [
  entry('Instruction with a Format: line before the examples', 'You are a triage bot.\nFormat: one word\n\nSymptom: chest pain\nUrgency: emergency\n\nSymptom: mild cough\nUrgency: routine\n\nSymptom: broken wrist\nUrgency:', {
    labels: ['Symptom', 'Urgency'], examples: [['chest pain', 'emergency'], ['mild cough', 'routine']], input: ['broken wrist'], instruction: 'You are a triage bot.\nFormat: one word' }),
  entry('Note line inside an answer', 'Q: What is 10% of 50?\nA: 5\nNote: move the decimal point.\nQ: What is 20% of 80?\nA: 16\nNote: double 10%.\nQ: What is 5% of 200?\nA:', {
    labels: ['Q', 'A', 'Note'], examples: [['What is 10% of 50?', '5', 'move the decimal point.'], ['What is 20% of 80?', '16', 'double 10%.']], input: ['What is 5% of 200?', ''] }),
  entry('Trailing spaces and blank lines', '  Rewrite formally.  \n\n\nInformal:   gonna be late   \nFormal:   I will be late.   \n\n\nInformal: wanna grab food?\nFormal: Would you like to have a meal?\n\n\nInformal: no worries\nFormal:   \n\n', {
    labels: ['Informal', 'Formal'], examples: [['gonna be late', 'I will be late.'], ['wanna grab food?', 'Would you like to have a meal?']], input: ['no worries'], instruction: 'Rewrite formally.' }),
  entry('Emoji labels content and CRLF', crlf(['Pick an emoji for the message.', '', 'Message: We shipped v2! 🚀', 'Emoji: 🎉', '', 'Message: Server is down again 😩', 'Emoji: 🔥', '', 'Message: Coffee time ☕', 'Emoji:']), {
    labels: ['Message', 'Emoji'], examples: [['We shipped v2! 🚀', '🎉'], ['Server is down again 😩', '🔥']], input: ['Coffee time ☕'] }),
  entry('SQL with fenced answers', `Translate to SQL (PostgreSQL).\n\nRequest: all orders over 100\nQuery:\n${fence}sql\nSELECT * FROM orders WHERE total > 100;\n${fence}\n\nRequest: count customers per country\nQuery:\n${fence}sql\nSELECT country, COUNT(*)\nFROM customers\nGROUP BY country;\n${fence}\n\nRequest: latest 10 invoices\nQuery:`, {
    labels: ['Request', 'Query'], examples: [['all orders over 100', `${fence}sql\nSELECT * FROM orders WHERE total > 100;\n${fence}`], ['count customers per country', `${fence}sql\nSELECT country, COUNT(*)\nFROM customers\nGROUP BY country;\n${fence}`]], input: ['latest 10 invoices'] }),
  entry('Translation pairs EN/PT with header Examples', 'Translate English to Brazilian Portuguese.\n\nExamples:\nEN: Where is the bathroom?\nPT: Onde fica o banheiro?\nEN: I would like a coffee.\nPT: Eu gostaria de um café.\n\nEN: How much is it?\nPT:', {
    labels: ['EN', 'PT'], examples: [['Where is the bathroom?', 'Onde fica o banheiro?'], ['I would like a coffee.', 'Eu gostaria de um café.']], input: ['How much is it?'] }),
  entry('Chat transcript with timestamps in values', 'Customer: [09:14] my card was declined\nAgent: [09:15] I can help; which card ending?\nCustomer: [09:16] ending 4421\nAgent: [09:16] Thanks, checking now.\nCustomer: [09:20] any news?\nAgent:', {
    labels: ['Customer', 'Agent'], examples: [['[09:14] my card was declined', '[09:15] I can help; which card ending?'], ['[09:16] ending 4421', '[09:16] Thanks, checking now.']], input: ['[09:20] any news?'] }),
  entry('Markdown bullets with bold labels', '- **Input:** 3 apples and 2 apples\n- **Output:** 5 apples\n- **Input:** 10 pens minus 4 pens\n- **Output:** 6 pens\n- **Input:** 7 cats and 1 cat\n- **Output:**', {
    labels: ['Input', 'Output'], examples: [['3 apples and 2 apples', '5 apples'], ['10 pens minus 4 pens', '6 pens']], input: ['7 cats and 1 cat'] }),
  entry('Numbered Example headings with hashes', '# Task\nClassify the headline topic.\n\n### Example 1\nHeadline: Stocks rally after rate cut\nTopic: finance\n\n### Example 2\nHeadline: Team wins the cup in overtime\nTopic: sports\n\n### Example 3\nHeadline: New vaccine approved\nTopic:', {
    labels: ['Headline', 'Topic'], examples: [['Stocks rally after rate cut', 'finance'], ['Team wins the cup in overtime', 'sports']], input: ['New vaccine approved'] }),
  entry('Portuguese customer support with accents in labels', 'Mensagem: Meu boleto venceu, e agora?\nResposta: Você pode emitir a segunda via no app.\n\nMensagem: Não recebi o código de verificação.\nResposta: Confira a caixa de spam ou peça um novo código.\n\nMensagem: Como altero meu endereço?\nResposta:', {
    labels: ['Mensagem', 'Resposta'], examples: [['Meu boleto venceu, e agora?', 'Você pode emitir a segunda via no app.'], ['Não recebi o código de verificação.', 'Confira a caixa de spam ou peça um novo código.']], input: ['Como altero meu endereço?'] }),
  entry('Spanish extraction with three fields', 'Extrae los datos.\n\nTexto: Ana García, 34 años, vive en Bogotá.\nNombre: Ana García\nCiudad: Bogotá\n\nTexto: Luis Pérez se mudó a Lima a los 28.\nNombre: Luis Pérez\nCiudad: Lima\n\nTexto: Carla Ruiz, de Quito, tiene 41.\nNombre:\nCiudad:', {
    labels: ['Texto', 'Nombre', 'Ciudad'], examples: [['Ana García, 34 años, vive en Bogotá.', 'Ana García', 'Bogotá'], ['Luis Pérez se mudó a Lima a los 28.', 'Luis Pérez', 'Lima']], input: ['Carla Ruiz, de Quito, tiene 41.', ''] }),
  entry('Instruction mentions a URL with colon', 'Summarize the page at https://example.com/docs in one line.\n\nPage: Installation guide for the CLI tool\nSummary: How to install the CLI.\n\nPage: Pricing and plans overview\nSummary: The plans and what they cost.\n\nPage: Troubleshooting network errors\nSummary:', {
    labels: ['Page', 'Summary'], examples: [['Installation guide for the CLI tool', 'How to install the CLI.'], ['Pricing and plans overview', 'The plans and what they cost.']], input: ['Troubleshooting network errors'] }),
  entry('Sarcasm detection with quotes', 'Sentence: "Oh wonderful, another Monday."\nSarcastic: yes\n\nSentence: "Thanks for the help yesterday."\nSarcastic: no\n\nSentence: "Great, the printer jammed again."\nSarcastic:', {
    labels: ['Sentence', 'Sarcastic'], examples: [['"Oh wonderful, another Monday."', 'yes'], ['"Thanks for the help yesterday."', 'no']], input: ['"Great, the printer jammed again."'] }),
  entry('Tabs-separated with Portuguese header', 'Classifique.\n\nfrase\tclasse\nadorei o produto\tpositivo\nveio com defeito\tnegativo\nchegou no prazo\t', {
    labels: ['frase', 'classe'], examples: [['adorei o produto', 'positivo'], ['veio com defeito', 'negativo']], input: ['chegou no prazo'] }),
  entry('Semicolon CSV from a spreadsheet', 'texto;categoria\nPreciso da nota fiscal;financeiro\nO site não abre;técnico\nQuero mudar de plano;', {
    labels: ['texto', 'categoria'], examples: [['Preciso da nota fiscal', 'financeiro'], ['O site não abre', 'técnico']], input: ['Quero mudar de plano'] }),
  entry('Markdown table with three columns and a query row', '| Review | Aspect | Sentiment |\n|---|---|---|\n| Battery lasts forever | battery | positive |\n| Screen scratches easily | screen | negative |\n| Camera is blurry at night | camera | |', {
    labels: ['Review', 'Aspect', 'Sentiment'], examples: [['Battery lasts forever', 'battery', 'positive'], ['Screen scratches easily', 'screen', 'negative']], input: ['Camera is blurry at night', 'camera'] }),
  entry('XML examples nested in examples, with a final instruction tag', '<task>Tag the language of each sentence.</task>\n<examples>\n  <example>\n    <sentence>Bonjour tout le monde</sentence>\n    <language>French</language>\n  </example>\n  <example>\n    <sentence>Guten Morgen</sentence>\n    <language>German</language>\n  </example>\n</examples>\n<sentence>Buongiorno</sentence>', {
    labels: ['sentence', 'language'], examples: [['Bonjour tout le monde', 'French'], ['Guten Morgen', 'German']], input: ['Buongiorno'], instruction: 'Tag the language of each sentence.' }),
  entry('XML uppercase tags and attributes', 'Classify intent.\n<example id="1">\n<Utterance>play some jazz</Utterance>\n<Intent>music</Intent>\n</example>\n<example id="2">\n<Utterance>set an alarm for 7</Utterance>\n<Intent>alarm</Intent>\n</example>\n<Utterance>what is the weather</Utterance>', {
    labels: ['Utterance', 'Intent'], examples: [['play some jazz', 'music'], ['set an alarm for 7', 'alarm']], input: ['what is the weather'] }),
  entry('JSON messages with escaped newlines and unicode', '[{"role":"system","content":"Fix the code.\\nReturn only code."},{"role":"user","content":"print \'olá\'"},{"role":"assistant","content":"print(\'olá\')"},{"role":"user","content":"for i in range(3) print(i)"}]', {
    labels: null, examples: [["print 'olá'", "print('olá')"]], input: ['for i in range(3) print(i)'], instruction: 'Fix the code.\nReturn only code.' }),
  entry('Python with single quotes and raw string', "msgs = [\n    {'role': 'system', 'content': r'Match the regex \\d+ and reply with the digits.'},\n    {'role': 'user', 'content': 'abc123'},\n    {'role': 'assistant', 'content': '123'},\n    {'role': 'user', 'content': 'x9y'},\n]", {
    labels: null, examples: [['abc123', '123']], input: ['x9y'], instruction: 'Match the regex \\d+ and reply with the digits.', unparsed: 1 }),
  entry('TypeScript-free JS with concatenated strings', 'const messages = [\n  { role: "system", content: "You write " + "short titles." },\n  { role: "user", content: "An article about bees" },\n  { role: "assistant", content: "Why Bees Matter" },\n  { role: "user", content: "An article about rivers" },\n];', {
    labels: null, examples: [['An article about bees', 'Why Bees Matter']], input: ['An article about rivers'], instruction: 'You write short titles.', unparsed: 1 }),
  entry('Gemini JS SDK with systemInstruction', 'const result = await model.generateContent({\n  systemInstruction: "Reply in Spanish.",\n  contents: [\n    { role: "user", parts: [{ text: "Good morning" }] },\n    { role: "model", parts: [{ text: "Buenos días" }] },\n    { role: "user", parts: [{ text: "Good night" }] },\n  ],\n});', {
    labels: null, examples: [['Good morning', 'Buenos días']], input: ['Good night'], instruction: 'Reply in Spanish.', unparsed: 1 }),
  entry('Anthropic JS SDK', 'const msg = await anthropic.messages.create({\n  model: "claude-3-5-haiku-latest",\n  max_tokens: 50,\n  system: "Answer with the number only.",\n  messages: [\n    { role: "user", content: "How many legs does a spider have?" },\n    { role: "assistant", content: "8" },\n    { role: "user", content: "How many legs does an ant have?" },\n  ],\n});', {
    labels: null, examples: [['How many legs does a spider have?', '8']], input: ['How many legs does an ant have?'], instruction: 'Answer with the number only.', unparsed: 3 }),
  entry('Transcript with H: and A: short labels', 'H: Summarize: The cat sat on the mat all day.\nA: A cat rested on a mat.\nH: Summarize: Rain fell over the city until noon.\nA: It rained in the city all morning.\nH: Summarize: The train left ten minutes late.\nA:', {
    labels: ['H', 'A'], examples: [['Summarize: The cat sat on the mat all day.', 'A cat rested on a mat.'], ['Summarize: Rain fell over the city until noon.', 'It rained in the city all morning.']], input: ['Summarize: The train left ten minutes late.'] }),
  entry('Arrows with quoted text and emoji', '"I got the job!" -> 🎉\n"Missed the bus again" -> 😞\n"Pizza night" -> 🍕\n"Exam tomorrow" ->', {
    labels: null, examples: [['"I got the job!"', '🎉'], ['"Missed the bus again"', '😞'], ['"Pizza night"', '🍕']], input: ['"Exam tomorrow"'] }),
  entry('Spanish arrows with instruction', 'Convierte a plural:\nperro -> perros\nluz -> luces\nlápiz ->', {
    labels: null, examples: [['perro', 'perros'], ['luz', 'luces']], input: ['lápiz'], instruction: 'Convierte a plural:' }),
  entry('Plain instruction only, with colons in prose', 'Role: senior reviewer.\nGoal: point out bugs in the diff below and suggest fixes.\nKeep it under 200 words.', {
    labels: null, examples: [], input: null, instruction: 'Role: senior reviewer.\nGoal: point out bugs in the diff below and suggest fixes.\nKeep it under 200 words.' }),
  entry('Instruction only with a code fence', `Explain what this function does:\n\n${fence}js\nconst f = (a) => a.map((x) => x * 2);\n${fence}`, {
    labels: null, examples: [], input: null, instruction: `Explain what this function does:\n\n${fence}js\nconst f = (a) => a.map((x) => x * 2);\n${fence}` }),
  entry('Jinja variables in instruction and query', 'You are {{persona}}. Answer briefly.\n\nQuestion: Who wrote Hamlet?\nAnswer: Shakespeare\n\nQuestion: {{question}}\nAnswer:', {
    labels: ['Question', 'Answer'], examples: [['Who wrote Hamlet?', 'Shakespeare']], input: ['{{question}}'], instruction: 'You are {{persona}}. Answer briefly.' }),
  entry('JS template variables', 'Classify ${domain} tickets.\nTicket: login fails\nTeam: auth\nTicket: invoice missing\nTeam: billing\nTicket: ${ticket}\nTeam:', {
    labels: ['Ticket', 'Team'], examples: [['login fails', 'auth'], ['invoice missing', 'billing']], input: ['${ticket}'], instruction: 'Classify ${domain} tickets.' }),
  entry('Review rating with numbers', 'Rate 1-5.\nReview: Perfect in every way.\nRating: 5\nReview: Broke immediately.\nRating: 1\nReview: Decent, some flaws.\nRating: 3\nReview: Good but pricey.\nRating:', {
    labels: ['Review', 'Rating'], examples: [['Perfect in every way.', '5'], ['Broke immediately.', '1'], ['Decent, some flaws.', '3']], input: ['Good but pricey.'] }),
  entry('bold numbers and hash numbers above labeled fields', '**1.**\nEmail: refund please\nTeam: billing\n\n**2.**\nEmail: app crashes\nTeam: tech\n\n#3\nEmail: where is my order\nTeam:', {
    labels: ['Email', 'Team'], examples: [['refund please', 'billing'], ['app crashes', 'tech']], input: ['where is my order'] }),
  entry('Portuguese labels with a tab after the colon, three fields', 'Nome:\tCamiseta básica\nCor:\tazul\nDescrição:\tCamiseta azul de algodão.\n\nNome:\tTênis de corrida\nCor:\tpreto\nDescrição:\tTênis preto e leve.\n\nNome:\tMochila\nCor:\tverde\nDescrição:', {
    labels: ['Nome', 'Cor', 'Descrição'], examples: [['Camiseta básica', 'azul', 'Camiseta azul de algodão.'], ['Tênis de corrida', 'preto', 'Tênis preto e leve.']], input: ['Mochila', 'verde'] }),
  entry('System and User lines without examples', 'Answer in JSON.\n\nSystem: You are a strict JSON generator.\nUser: list three colors', {
    labels: null, examples: [], input: ['list three colors'], instruction: 'Answer in JSON.\n\nYou are a strict JSON generator.' }),
  entry('closing line right under the bare query label, outputs inline elsewhere', "Q: What's 2+2?\nA: 4\nQ: What's 3+3?\nA: 6\nQ: What's 4+4?\nA:\nAnswer only with the number.", {
    labels: ['Q', 'A'], examples: [["What's 2+2?", '4'], ["What's 3+3?", '6']], input: ["What's 4+4?"], closing: 'Answer only with the number.' }),
  entry('Portuguese Exemplo N headers without a colon and a turn line before the query', 'Exemplo 1\nEntrada: 3 + 4\nSaída: 7\n\nExemplo 2\nEntrada: 10 - 2\nSaída: 8\n\nAgora é sua vez:\nEntrada: 6 * 7\nSaída:', {
    labels: ['Entrada', 'Saída'], examples: [['3 + 4', '7'], ['10 - 2', '8']], input: ['6 * 7'], closing: 'Agora é sua vez:' }),
  entry('quoted texts with a dash before their label', 'Sentiment analysis:\n"I love this!" - positive\n"This is awful." - negative\n"It\'s okay." -', {
    labels: null, examples: [['"I love this!"', 'positive'], ['"This is awful."', 'negative']], input: ['"It\'s okay."'], instruction: 'Sentiment analysis:' }),
  entry('numbered reviews with their label in brackets, the last one alone', 'Classify each review.\nReview 1: "Loved the battery life" (positive)\nReview 2: "Broke after a week" (negative)\nReview 3: "Does the job"', {
    labels: null, examples: [['"Loved the battery life"', 'positive'], ['"Broke after a week"', 'negative']], input: ['"Does the job"'], instruction: 'Classify each review.', unparsed: 0 }),
  entry('bulleted quoted texts with an equals sign before their label', 'Label each message as spam or ham.\n- "WIN A FREE PHONE" = spam\n- "see you at lunch" = ham\n- "click here to claim" = spam\n\nAnswer with one word.', {
    labels: null, examples: [['"WIN A FREE PHONE"', 'spam'], ['"see you at lunch"', 'ham'], ['"click here to claim"', 'spam']], input: null, closing: 'Answer with one word.' }),
  entry('one numbered word is text, not an item header', 'Rate the tone.\nVersion 2: "ship it now" -> urgent\n"whenever you can" -> relaxed\n"by Friday please" ->', {
    labels: null, examples: [['Version 2: "ship it now"', 'urgent'], ['"whenever you can"', 'relaxed']], input: ['"by Friday please"'] }),
  entry('same-line fields separated by // and by >>', 'Text: I hate mondays // Sentiment: negative\nText: Great weather >> Sentiment: positive\nText: The bus was late // Sentiment:', {
    labels: ['Text', 'Sentiment'], examples: [['I hate mondays', 'negative'], ['Great weather', 'positive']], input: ['The bus was late'], unparsed: 0 }),
];
