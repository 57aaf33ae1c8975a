// Held-out prompts: written last, after every change to the parser, run once and never used to tune
// it. promptCorpus.test.ts reports their pass rate and holds it to the 90% floor.
import { type CorpusPrompt, crlf, entry } from './corpusEntry';

const fence = '```';

export const heldOutPrompts: readonly CorpusPrompt[] = [
  entry('entity extraction with JSON lists and a closing line', 'Sentence: Tim Cook visited Berlin on Monday.\nEntities: ["Tim Cook", "Berlin"]\n\nSentence: Microsoft bought GitHub in 2018.\nEntities: ["Microsoft", "GitHub"]\n\nSentence: Ada Lovelace worked with Charles Babbage.\nEntities:\n\nReturn JSON only.', {
    labels: ['Sentence', 'Entities'], examples: [['Tim Cook visited Berlin on Monday.', '["Tim Cook", "Berlin"]'], ['Microsoft bought GitHub in 2018.', '["Microsoft", "GitHub"]']], input: ['Ada Lovelace worked with Charles Babbage.'], closing: 'Return JSON only.' }),
  entry('product copy with bulleted features', 'Product name: TrailLite Backpack\nFeatures:\n- waterproof\n- 20 liters\nDescription: A light, waterproof 20 L pack for day hikes.\n\nProduct name: BrewMate Kettle\nFeatures:\n- 1.7 liters\n- auto shut-off\nDescription: A 1.7 L kettle that switches itself off.\n\nProduct name: SnapCharge Cable\nFeatures:\n- braided\n- 2 meters\nDescription:', {
    labels: ['Product name', 'Features', 'Description'], examples: [['TrailLite Backpack', '- waterproof\n- 20 liters', 'A light, waterproof 20 L pack for day hikes.'], ['BrewMate Kettle', '- 1.7 liters\n- auto shut-off', 'A 1.7 L kettle that switches itself off.']], input: ['SnapCharge Cable', '- braided\n- 2 meters'] }),
  entry('Portuguese support pairs with CRLF', crlf(['Responda como o atendente.', '', 'Pergunta do cliente: Posso parcelar em 10 vezes?', 'Resposta do atendente: Sim, sem juros no cartão.', '', 'Pergunta do cliente: Vocês entregam no sábado?', 'Resposta do atendente: Sim, das 8h às 14h.', '', 'Pergunta do cliente: Como faço para trocar um produto?', 'Resposta do atendente:']), {
    labels: ['Pergunta do cliente', 'Resposta do atendente'], examples: [['Posso parcelar em 10 vezes?', 'Sim, sem juros no cartão.'], ['Vocês entregam no sábado?', 'Sim, das 8h às 14h.']], input: ['Como faço para trocar um produto?'], instruction: 'Responda como o atendente.' }),
  entry('Spanish SQL with fenced queries', `Genera SQL para la tabla ventas(id, fecha, total).\n\nPregunta: ¿Cuánto se vendió en total?\nConsulta SQL:\n${fence}sql\nSELECT SUM(total) FROM ventas;\n${fence}\n\nPregunta: ¿Cuántas ventas hubo en enero?\nConsulta SQL:\n${fence}sql\nSELECT COUNT(*) FROM ventas WHERE fecha BETWEEN '2024-01-01' AND '2024-01-31';\n${fence}\n\nPregunta: ¿Cuál fue la venta más alta?\nConsulta SQL:`, {
    labels: ['Pregunta', 'Consulta SQL'], examples: [['¿Cuánto se vendió en total?', `${fence}sql\nSELECT SUM(total) FROM ventas;\n${fence}`], ['¿Cuántas ventas hubo en enero?', `${fence}sql\nSELECT COUNT(*) FROM ventas WHERE fecha BETWEEN '2024-01-01' AND '2024-01-31';\n${fence}`]], input: ['¿Cuál fue la venta más alta?'] }),
  entry('Spanish Markdown table with four columns', '| Producto | Precio | Categoría | Impuesto |\n|---|---|---|---|\n| Pan | 1.20 | alimentos | 4% |\n| Camiseta | 15.00 | ropa | 21% |\n| Leche | 0.95 | alimentos | |', {
    labels: ['Producto', 'Precio', 'Categoría', 'Impuesto'], examples: [['Pan', '1.20', 'alimentos', '4%'], ['Camiseta', '15.00', 'ropa', '21%']], input: ['Leche', '0.95', 'alimentos'] }),
  entry('Anthropic input / ideal_output tags', 'Summarize the meeting note in one line.\n<examples>\n<example>\n<input>Discussed Q3 budget; approved 10% increase for marketing.</input>\n<ideal_output>Marketing budget up 10% for Q3.</ideal_output>\n</example>\n<example>\n<input>Team agreed to move standup to 9:30.</input>\n<ideal_output>Standup moves to 9:30.</ideal_output>\n</example>\n</examples>\n<input>Hiring freeze lifted for engineering roles.</input>', {
    labels: ['input', 'ideal_output'], examples: [['Discussed Q3 budget; approved 10% increase for marketing.', 'Marketing budget up 10% for Q3.'], ['Team agreed to move standup to 9:30.', 'Standup moves to 9:30.']], input: ['Hiring freeze lifted for engineering roles.'], instruction: 'Summarize the meeting note in one line.' }),
  entry('LangChain examples list of dicts', 'examples = [\n    {"question": "Who lived longer, Ali or Turing?", "answer": "Ali"},\n    {"question": "Which is bigger, Mars or Venus?", "answer": "Venus"},\n]', {
    labels: ['question', 'answer'], examples: [['Who lived longer, Ali or Turing?', 'Ali'], ['Which is bigger, Mars or Venus?', 'Venus']], input: null, unparsed: 1 }),
  entry('JavaScript examples array of objects', 'const examples = [\n  { input: "happy", output: "sad" },\n  { input: "tall", output: "short" },\n  { input: "fast", output: "slow" },\n];', {
    labels: ['input', 'output'], examples: [['happy', 'sad'], ['tall', 'short'], ['fast', 'slow']], input: null, unparsed: 1 }),
  entry('TSV with three columns and CRLF', crlf(['question\tcontext\tanswer', 'Who wrote it?\tThe book was written by Ana.\tAna', 'When?\tIt happened in 1999.\t1999', 'Where?\tThey met in Lisbon.\t']), {
    labels: ['question', 'context', 'answer'], examples: [['Who wrote it?', 'The book was written by Ana.', 'Ana'], ['When?', 'It happened in 1999.', '1999']], input: ['Where?', 'They met in Lisbon.'] }),
  entry('same-line pairs separated by a bar', 'Translate to Spanish.\nInput: cat | Output: gato\nInput: dog | Output: perro\nInput: bird | Output:', {
    labels: ['Input', 'Output'], examples: [['cat', 'gato'], ['dog', 'perro']], input: ['bird'] }),
  entry('bulleted unicode arrows', 'Categorize the product:\n- "Kindle Paperwhite" → electronics\n- "Organic honey" → food\n- "Yoga mat" →', {
    labels: null, examples: [['"Kindle Paperwhite"', 'electronics'], ['"Organic honey"', 'food']], input: ['"Yoga mat"'] }),
  entry('hand-written zero-shot Prompty', '---\nname: RAG answer\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\ninputs:\n  context:\n    type: string\n  question:\n    type: string\n---\nsystem:\nAnswer only from this context:\n{{context}}\n\nuser:\n{{question}}\n', {
    labels: null, examples: [], input: ['{{question}}'], instruction: 'Answer only from this context:\n{{context}}' }),
  entry('Gemini REST contents without system', '{\n  "contents": [\n    {"role": "user", "parts": [{"text": "Rhyme with cat"}]},\n    {"role": "model", "parts": [{"text": "hat"}]},\n    {"role": "user", "parts": [{"text": "Rhyme with dog"}]}\n  ]\n}', {
    labels: null, examples: [['Rhyme with cat', 'hat']], input: ['Rhyme with dog'], instruction: '' }),
  entry('example labels differ from the query labels', 'Example input: The food was cold.\nExample output: negative\n\nExample input: Friendly staff!\nExample output: positive\n\nInput: The view was nice.\nOutput:', {
    labels: ['Example input', 'Example output'], examples: [['The food was cold.', 'negative'], ['Friendly staff!', 'positive']], input: ['The view was nice.'] }),
  entry('bare numbered headers above labeled fields', 'Fix the spelling.\n\n1.\nText: I recieved it\nFixed: I received it\n\n2.\nText: untill tomorow\nFixed: until tomorrow\n\n3.\nText: definately\nFixed:', {
    labels: ['Text', 'Fixed'], examples: [['I recieved it', 'I received it'], ['untill tomorow', 'until tomorrow']], input: ['definately'], unparsed: 0 }),
  entry('bold heading labels on their own lines', '**Question**\nWhat does HTTP stand for?\n\n**Answer**\nHypertext Transfer Protocol\n\n**Question**\nWhat does DNS stand for?\n\n**Answer**\nDomain Name System\n\n**Question**\nWhat does TLS stand for?\n\n**Answer**\n', {
    labels: ['Question', 'Answer'], examples: [['What does HTTP stand for?', 'Hypertext Transfer Protocol'], ['What does DNS stand for?', 'Domain Name System']], input: ['What does TLS stand for?'] }),
  entry('label options line before the examples', 'Label options: bug, feature, question\n\nText: App crashes on launch\nLabel: bug\n\nText: Please add dark mode\nLabel: feature\n\nText: How do I export data?\nLabel:', {
    labels: ['Text', 'Label'], examples: [['App crashes on launch', 'bug'], ['Please add dark mode', 'feature']], input: ['How do I export data?'], instruction: 'Label options: bug, feature, question' }),
  entry('Spanish Cliente/Agente transcript', 'Cliente: Hola, mi pedido no llegó.\nAgente: Lo siento, ¿me da el número de pedido?\nCliente: Es el 5521.\nAgente: Gracias, ya lo reviso.\nCliente: ¿Cuánto tardará?\nAgente:', {
    labels: ['Cliente', 'Agente'], examples: [['Hola, mi pedido no llegó.', 'Lo siento, ¿me da el número de pedido?'], ['Es el 5521.', 'Gracias, ya lo reviso.']], input: ['¿Cuánto tardará?'] }),
  entry('Python messages with a multi-line system string', 'messages = [\n    {\n        "role": "system",\n        "content": (\n            "You are a strict grader. "\n            "Reply PASS or FAIL."\n        ),\n    },\n    {"role": "user", "content": "2+2=4"},\n    {"role": "assistant", "content": "PASS"},\n    {"role": "user", "content": "2+2=5"},\n]', {
    labels: null, examples: [['2+2=4', 'PASS']], input: ['2+2=5'], instruction: 'You are a strict grader. Reply PASS or FAIL.' }),
  entry('emoji sentiment with tabs and BOM', '\uFEFFReview:\tBest pizza in town 🍕🔥\nMood:\t😍\n\nReview:\tCold fries, rude staff\nMood:\t😡\n\nReview:\tIt was okay I guess\nMood:', {
    labels: ['Review', 'Mood'], examples: [['Best pizza in town 🍕🔥', '😍'], ['Cold fries, rude staff', '😡']], input: ['It was okay I guess'] }),
];
