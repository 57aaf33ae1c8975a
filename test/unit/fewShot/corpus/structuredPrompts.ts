// Prompts whose examples sit in tables, arrows, XML tags or chat messages written as data or code.
import { type CorpusPrompt, crlf, entry } from './corpusEntry';

export const structuredPrompts: readonly CorpusPrompt[] = [
  entry('Arrow lines', 'Classify the sentiment.\nI love this phone -> positive\nThe battery died in a day -> negative\nIt does the job ->', {
    labels: null, examples: [['I love this phone', 'positive'], ['The battery died in a day', 'negative']], input: ['It does the job'], instruction: 'Classify the sentiment.' }),
  entry('Unicode arrows, numbered', 'Country to capital:\n1. France → Paris\n2. Japan → Tokyo\n3. Kenya → Nairobi\n4. Chile →', {
    labels: null, examples: [['France', 'Paris'], ['Japan', 'Tokyo'], ['Kenya', 'Nairobi']], input: ['Chile'] }),
  entry('Fat arrows with closing', 'cheese => fromage\nbread => pain\nwater =>\n\nReply with the French word only.', {
    labels: null, examples: [['cheese', 'fromage'], ['bread', 'pain']], input: ['water'], closing: 'Reply with the French word only.' }),
  entry('CSV with header', 'Label each review.\n\nreview,label\n"Great value, fast shipping",positive\nStopped working after a week,negative\n"Okay, nothing special",', {
    labels: ['review', 'label'], examples: [['Great value, fast shipping', 'positive'], ['Stopped working after a week', 'negative']], input: ['Okay, nothing special'] }),
  entry('TSV with header', 'text\tintent\nbook a flight to Rome\tbooking\ncancel my reservation\tcancellation\nwhat is my baggage allowance\t', {
    labels: ['text', 'intent'], examples: [['book a flight to Rome', 'booking'], ['cancel my reservation', 'cancellation']], input: ['what is my baggage allowance'] }),
  entry('CSV three columns, complete', 'Use these examples:\nsource,target,lang\nhello,hola,es\nthank you,obrigado,pt\ngood night,bonne nuit,fr', {
    labels: ['source', 'target', 'lang'], examples: [['hello', 'hola', 'es'], ['thank you', 'obrigado', 'pt'], ['good night', 'bonne nuit', 'fr']], input: null }),
  entry('Markdown table', 'Map each word to its antonym.\n\n| Word | Antonym |\n|------|---------|\n| hot | cold |\n| up | down |\n| early | |', {
    labels: ['Word', 'Antonym'], examples: [['hot', 'cold'], ['up', 'down']], input: ['early'] }),
  entry('Markdown table in Portuguese with closing', '| Frase | Sentimento |\n| :--- | :---: |\n| Amei o filme | positivo |\n| Que tédio | negativo |\n\nClassifique a frase: "Foi ok".', {
    labels: ['Frase', 'Sentimento'], examples: [['Amei o filme', 'positivo'], ['Que tédio', 'negativo']], input: null, closing: 'Classifique a frase: "Foi ok".' }),
  entry('XML examples with child tags', 'Classify the review.\n<examples>\n<example>\n<review>Fantastic sound</review>\n<sentiment>positive</sentiment>\n</example>\n<example>\n<review>Broke on day two</review>\n<sentiment>negative</sentiment>\n</example>\n</examples>\n<review>Decent for the price</review>', {
    labels: ['review', 'sentiment'], examples: [['Fantastic sound', 'positive'], ['Broke on day two', 'negative']], input: ['Decent for the price'], instruction: 'Classify the review.' }),
  entry('XML examples with labeled lines inside', 'Answer the question.\n<example>\nQ: 2+2?\nA: 4\n</example>\n<example>\nQ: 3*3?\nA: 9\n</example>\n<question>10/2?</question>', {
    labels: ['Q', 'A'], examples: [['2+2?', '4'], ['3*3?', '9']], input: ['10/2?'] }),
  entry('Unclosed example followed by another', '<example>\n<input>hello</input>\n<output>bonjour</output>\n<example>\n<input>cat</input>\n<output>chat</output>\n</example>\n<input>dog</input>', {
    labels: ['input', 'output'], examples: [['hello', 'bonjour'], ['cat', 'chat']], input: ['dog'] }),
  entry('XML with instructions tag and escaped text', '<instructions>Rewrite politely.</instructions>\n<examples>\n<example><input>Give me the file &amp; now</input><output>Could you send me the file, please?</output></example>\n</examples>\n<input>Fix this &lt;bug&gt;</input>', {
    labels: ['input', 'output'], examples: [['Give me the file & now', 'Could you send me the file, please?']], input: ['Fix this <bug>'], instruction: 'Rewrite politely.' }),
  entry('OpenAI JSON messages', '[\n  {"role": "system", "content": "You are a sentiment classifier."},\n  {"role": "user", "content": "I love it"},\n  {"role": "assistant", "content": "positive"},\n  {"role": "user", "content": "Terrible"},\n  {"role": "assistant", "content": "negative"},\n  {"role": "user", "content": "Not bad"}\n]', {
    labels: null, examples: [['I love it', 'positive'], ['Terrible', 'negative']], input: ['Not bad'], instruction: 'You are a sentiment classifier.' }),
  entry('JSON with trailing comma and comment', '[\n  // few-shot\n  {"role": "system", "content": "Translate to Spanish."},\n  {"role": "user", "content": "cat"},\n  {"role": "assistant", "content": "gato"},\n  {"role": "user", "content": "dog"},\n]', {
    labels: null, examples: [['cat', 'gato']], input: ['dog'], instruction: 'Translate to Spanish.', unparsed: 1 }),
  entry('JavaScript literal messages', 'const messages = [\n  { role: "system", content: "Answer in French." },\n  { role: "user", content: \'Hello\' },\n  { role: "assistant", content: `Bonjour` },\n  { role: "user", content: "Thanks" },\n];', {
    labels: null, examples: [['Hello', 'Bonjour']], input: ['Thanks'], instruction: 'Answer in French.', unparsed: 1 }),
  entry('OpenAI SDK call in JS', 'const completion = await openai.chat.completions.create({\n  model: "gpt-4o-mini",\n  messages: [\n    { role: "developer", content: "Extract the city." },\n    { role: "user", content: "I live in Porto." },\n    { role: "assistant", content: "Porto" },\n    { role: "user", content: "We moved to Quito." },\n  ],\n});', {
    labels: null, examples: [['I live in Porto.', 'Porto']], input: ['We moved to Quito.'], instruction: 'Extract the city.', unparsed: 2 }),
  entry('Python literal messages', 'messages = [\n    {"role": "system", "content": "Reply with the category."},\n    {"role": "user", "content": \'Refund not received\'},\n    {"role": "assistant", "content": "billing"},\n    {"role": "user", "content": """App freezes\non start"""},\n]', {
    labels: null, examples: [['Refund not received', 'billing']], input: ['App freezes\non start'], instruction: 'Reply with the category.' }),
  entry('OpenAI cookbook example_user/example_assistant', '[\n {"role": "system", "content": "Translate corporate jargon into plain English."},\n {"role": "system", "name": "example_user", "content": "New synergies will help drive top-line growth."},\n {"role": "system", "name": "example_assistant", "content": "Working well together will make more money."},\n {"role": "user", "content": "Let\'s circle back when we have more bandwidth."}\n]', {
    labels: null, examples: [['New synergies will help drive top-line growth.', 'Working well together will make more money.']], input: ["Let's circle back when we have more bandwidth."], instruction: 'Translate corporate jargon into plain English.' }),
  entry('Anthropic Python call', 'message = client.messages.create(\n    model="claude-sonnet-4-5",\n    max_tokens=100,\n    system="Classify the ticket as bug or feature.",\n    messages=[\n        {"role": "user", "content": "Add dark mode"},\n        {"role": "assistant", "content": "feature"},\n        {"role": "user", "content": "Crash on save"},\n    ],\n)', {
    labels: null, examples: [['Add dark mode', 'feature']], input: ['Crash on save'], instruction: 'Classify the ticket as bug or feature.', unparsed: 3 }),
  entry('Anthropic content blocks', '{"system": "Answer yes or no.", "messages": [{"role": "user", "content": [{"type": "text", "text": "Is water wet?"}]}, {"role": "assistant", "content": [{"type": "text", "text": "yes"}]}, {"role": "user", "content": [{"type": "text", "text": "Is fire cold?"}]}]}', {
    labels: null, examples: [['Is water wet?', 'yes']], input: ['Is fire cold?'], instruction: 'Answer yes or no.' }),
  entry('Gemini contents/parts', '{\n  "system_instruction": {"parts": [{"text": "You convert units."}]},\n  "contents": [\n    {"role": "user", "parts": [{"text": "1 mile in km"}]},\n    {"role": "model", "parts": [{"text": "1.609 km"}]},\n    {"role": "user", "parts": [{"text": "5 miles in km"}]}\n  ]\n}', {
    labels: null, examples: [['1 mile in km', '1.609 km']], input: ['5 miles in km'], instruction: 'You convert units.' }),
  entry('Bedrock Converse', 'response = bedrock.converse(\n    modelId="amazon.nova-lite-v1:0",\n    system=[{"text": "Summarize in five words."}],\n    messages=[\n        {"role": "user", "content": [{"text": "The quarterly report shows revenue grew 12 percent."}]},\n        {"role": "assistant", "content": [{"text": "Revenue grew twelve percent quarterly."}]},\n        {"role": "user", "content": [{"text": "The team shipped the new login page."}]},\n    ],\n)', {
    labels: null, examples: [['The quarterly report shows revenue grew 12 percent.', 'Revenue grew twelve percent quarterly.']], input: ['The team shipped the new login page.'], instruction: 'Summarize in five words.', unparsed: 2 }),
  entry('LangChain tuples', 'prompt = ChatPromptTemplate.from_messages([\n    ("system", "You are a helpful translator."),\n    ("human", "Translate: cat"),\n    ("ai", "gato"),\n    ("human", "{text}"),\n])', {
    labels: null, examples: [['Translate: cat', 'gato']], input: ['{text}'], instruction: 'You are a helpful translator.', unparsed: 1 }),
  entry('LangChain message classes', 'messages = [\n    SystemMessage(content="Answer with a number."),\n    HumanMessage(content="two plus two"),\n    AIMessage(content="4"),\n    HumanMessage(content="ten minus three"),\n]', {
    labels: null, examples: [['two plus two', '4']], input: ['ten minus three'], instruction: 'Answer with a number.' }),
  entry('JSONL fine-tuning lines', '{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Capital of Peru?"}, {"role": "assistant", "content": "Lima"}]}\n{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Capital of Chile?"}, {"role": "assistant", "content": "Santiago"}]}', {
    labels: null, examples: [['Capital of Peru?', 'Lima'], ['Capital of Chile?', 'Santiago']], input: null, instruction: 'Be brief.\n\nBe brief.' }),
  entry('Own plain output', 'Classify the review.\n\nReview: Loved it\nLabel: pos\n\nReview: Hated it\nLabel: neg\n\nReview: So-so\nLabel:', {
    labels: ['Review', 'Label'], examples: [['Loved it', 'pos'], ['Hated it', 'neg']], input: ['So-so'], instruction: 'Classify the review.' }),
  entry('Own chat JSON output', '[\n  { "role": "system", "content": "Classify the review." },\n  { "role": "user", "content": "Loved it" },\n  { "role": "assistant", "content": "pos" },\n  { "role": "user", "content": "So-so" }\n]', {
    labels: null, examples: [['Loved it', 'pos']], input: ['So-so'], instruction: 'Classify the review.' }),
  entry('Own XML output', '<instructions>Classify the review.</instructions>\n<examples>\n<example>\n<Review>Loved it</Review>\n<Label>pos</Label>\n</example>\n</examples>\n<Review>So-so</Review>', {
    labels: ['Review', 'Label'], examples: [['Loved it', 'pos']], input: ['So-so'], instruction: 'Classify the review.' }),
  entry('Own Prompty output', '---\nname: Few-shot prompt\ndescription: Made with Learn GenAI\nmodel:\n  api: chat\ninputs:\n  input:\n    type: string\nsample:\n  input: "So-so"\n---\nsystem:\nClassify the review.\n\nuser:\nLoved it\n\nassistant:\npos\n\nuser:\n{{input}}\n', {
    labels: ['user', 'assistant'], examples: [['Loved it', 'pos']], input: ['So-so'], instruction: 'Classify the review.' }),
  entry('CRLF JSON messages', crlf(['[', '  {"role": "user", "content": "ping"},', '  {"role": "assistant", "content": "pong"},', '  {"role": "user", "content": "ping again"}', ']']), {
    labels: null, examples: [['ping', 'pong']], input: ['ping again'], instruction: '' }),
  entry('Example blocks with arrows', 'Example 1: great movie -> positive\nExample 2: boring plot -> negative\nExample 3: the ending ->', {
    labels: null, examples: [['great movie', 'positive'], ['boring plot', 'negative']], input: ['the ending'] }),
  entry('XML Spanish ejemplo tags', 'Clasifica el correo.\n<ejemplo>\n<correo>Quiero devolver mi pedido</correo>\n<categoria>devoluciones</categoria>\n</ejemplo>\n<ejemplo>\n<correo>¿Cuándo llega mi paquete?</correo>\n<categoria>envíos</categoria>\n</ejemplo>\n<correo>Me cobraron de más</correo>', {
    labels: ['correo', 'categoria'], examples: [['Quiero devolver mi pedido', 'devoluciones'], ['¿Cuándo llega mi paquete?', 'envíos']], input: ['Me cobraron de más'] }),
  entry('XML examples, plain bodies', 'Here are sample replies in our tone:\n<example>\nThanks for reaching out! We have fixed it.\n</example>\n<example>\nGreat question! Here is how it works.\n</example>\nWrite a reply to the new ticket.', {
    labels: null, examples: [['', 'Thanks for reaching out! We have fixed it.'], ['', 'Great question! Here is how it works.']], input: null, closing: 'Write a reply to the new ticket.' }),
  entry('example tags around labeled lines, query after the tags', 'Extract the amount.\n\n<example>\nMessage: Paid $40 for groceries\nAmount: 40\n</example>\n<example>\nMessage: Rent of 1200 is due\nAmount: 1200\n</example>\n\nMessage: Lunch cost 12.50\nAmount:', {
    labels: ['Message', 'Amount'], examples: [['Paid $40 for groceries', '40'], ['Rent of 1200 is due', '1200']], input: ['Lunch cost 12.50'], instruction: 'Extract the amount.' }),
  entry('JSONL records between two prose lines', 'Here are labelled rows:\n{"text": "great", "label": "pos"}\n{"text": "awful", "label": "neg"}\nLabel more rows like these.', {
    labels: ['text', 'label'], examples: [['great', 'pos'], ['awful', 'neg']], input: null, instruction: 'Here are labelled rows:', closing: 'Label more rows like these.' }),
  entry('JSON messages after a prose line', 'Use this conversation as the pattern:\n\n[\n  {"role": "user", "content": "2+2"},\n  {"role": "assistant", "content": "4"},\n  {"role": "user", "content": "3+3"}\n]', {
    labels: null, examples: [['2+2', '4']], input: ['3+3'], instruction: 'Use this conversation as the pattern:' }),
  entry('hand-written zero-shot Prompty with a sample', '---\nname: Support answer\ninputs:\n  question:\n    type: string\nsample:\n  question: "Where is my order?"\n---\nsystem:\nAnswer as a friendly support agent.\n\nuser:\n{{question}}\n', {
    labels: null, examples: [], input: ['Where is my order?'], instruction: 'Answer as a friendly support agent.' }),
  entry('unclosed example tag holding an example and the query', 'Reply in one word.\n\n<example>\nInput: hello\nAI: hi\n\nInput: goodbye\nAI:', {
    labels: ['Input', 'AI'], examples: [['hello', 'hi']], input: ['goodbye'], instruction: 'Reply in one word.' }),
  // Other models' turn tokens.
  entry('Llama 2 INST tokens with a SYS block', '<s>[INST] <<SYS>>\nAnswer with one word.\n<</SYS>>\n\nCapital of France? [/INST] Paris </s><s>[INST] Capital of Peru? [/INST]', {
    labels: null, examples: [['Capital of France?', 'Paris']], input: ['Capital of Peru?'], instruction: 'Answer with one word.' }),
  entry('Llama 3 header tokens', '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n2+2?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n4<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n3+3?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n', {
    labels: null, examples: [['2+2?', '4']], input: ['3+3?'], instruction: 'Be brief.' }),
  entry('Phi-3 role tokens', '<|system|>\nReply in Portuguese.<|end|>\n<|user|>\nGood morning<|end|>\n<|assistant|>\nBom dia<|end|>\n<|user|>\nThank you<|end|>\n<|assistant|>\n', {
    labels: null, examples: [['Good morning', 'Bom dia']], input: ['Thank you'], instruction: 'Reply in Portuguese.' }),
  // Tagged fields without <example> around them: the tags' repetition gives the fields.
  entry('tagged fields without example tags', 'Classify.\n<review>Great phone</review>\n<sentiment>positive</sentiment>\n<review>Broke fast</review>\n<sentiment>negative</sentiment>\n<review>It is okay</review>', {
    labels: ['review', 'sentiment'], examples: [['Great phone', 'positive'], ['Broke fast', 'negative']], input: ['It is okay'], instruction: 'Classify.' }),
  entry('instructions tag, multi-line tagged fields, an empty output tag', '<instructions>Summarize each article in one line.</instructions>\n\n<article>\nThe city council approved a new park.\n</article>\n<summary>New park approved.</summary>\n\n<article>\nRain is expected all week.\n</article>\n<summary>Rainy week ahead.</summary>\n\n<article>\nThe museum opens late on Fridays.\n</article>\n<summary></summary>', {
    labels: ['article', 'summary'], examples: [['The city council approved a new park.', 'New park approved.'], ['Rain is expected all week.', 'Rainy week ahead.']], input: ['The museum opens late on Fridays.'], instruction: 'Summarize each article in one line.' }),
  entry('inline tags in a sentence are text', 'Use <b>bold</b> for names and <i>italics</i> for places, like <b>Ana</b> in <i>Lisbon</i>.', {
    labels: null, examples: [], input: null, instruction: 'Use <b>bold</b> for names and <i>italics</i> for places, like <b>Ana</b> in <i>Lisbon</i>.' }),
  entry('JSON object with an examples list and a query', 'Classify sentiment.\n{"examples": [{"input": "I love it", "output": "positive"}, {"input": "Awful", "output": "negative"}], "query": "It\'s fine"}', {
    labels: ['input', 'output'], examples: [['I love it', 'positive'], ['Awful', 'negative']], input: ["It's fine"], instruction: 'Classify sentiment.', unparsed: 0 }),
  entry('Python list of (text, label) tuples and a query variable', 'examples = [\n    ("I love it", "positive"),\n    (\'Terrible\', \'negative\'),\n]\nquery = "Not bad"', {
    // The two assignment lines are code around the data, kept as unparsed like `const messages = [`.
    labels: null, examples: [['I love it', 'positive'], ['Terrible', 'negative']], input: ['Not bad'], unparsed: 2 }),
  entry('JSON rows of [text, label] pairs, the last without its label', '[["sea otter", "loutre de mer"], ["cheese", "fromage"], ["bread"]]', {
    labels: null, examples: [['sea otter', 'loutre de mer'], ['cheese', 'fromage']], input: ['bread'], unparsed: 0 }),
  entry('JSON records, the last without its output key', 'Translate to German.\n[\n  {"en": "good morning", "de": "guten Morgen"},\n  {"en": "thank you", "de": "danke"},\n  {"en": "see you soon"}\n]', {
    labels: ['en', 'de'], examples: [['good morning', 'guten Morgen'], ['thank you', 'danke']], input: ['see you soon'], instruction: 'Translate to German.', unparsed: 0 }),
  entry('prompt in a Python f-string assigned to a variable', 'prompt = f"""Classify the sentiment.\n\nText: I loved it\nSentiment: positive\n\nText: Worst ever\nSentiment: negative\n\nText: {text}\nSentiment:"""', {
    labels: ['Text', 'Sentiment'], examples: [['I loved it', 'positive'], ['Worst ever', 'negative']], input: ['{text}'], instruction: 'Classify the sentiment.', unparsed: 1 }),
  entry('prompt in a JavaScript template literal, a call after it', 'const prompt = `Translate to Portuguese.\n\nEnglish: good night\nPortuguese: boa noite\n\nEnglish: ${phrase}\nPortuguese:`;\nconst reply = await model.generate(prompt);', {
    labels: ['English', 'Portuguese'], examples: [['good night', 'boa noite']], input: ['${phrase}'], instruction: 'Translate to Portuguese.', unparsed: 2 }),
  entry('prompt passed as a keyword argument in triple quotes', 'response = llm.invoke(\n    input="""Q: 2+2?\nA: 4\n\nQ: 3+5?\nA: 8\n\nQ: 7+6?\nA:"""\n)', {
    labels: ['Q', 'A'], examples: [['2+2?', '4'], ['3+5?', '8']], input: ['7+6?'], unparsed: 2 }),
  entry('a multi-line docstring inside an example is the example\'s text', 'Write a docstring for each function.\n\nCode: def add(a, b): return a + b\nDocstring:\n"""Add two numbers.\n\nReturns their sum."""\n\nCode: def neg(x): return -x\nDocstring:', {
    labels: ['Code', 'Docstring'], examples: [['def add(a, b): return a + b', '"""Add two numbers.\n\nReturns their sum."""']], input: ['def neg(x): return -x'], instruction: 'Write a docstring for each function.' }),
  entry('YAML list of examples: a key written further left ends the last output', 'Classify intent.\nexamples:\n  - input: book a flight to NYC\n    output: travel\n  - input: what is my balance\n    output: banking\nquery: cancel my card', {
    labels: ['input', 'output'], examples: [['book a flight to NYC', 'travel'], ['what is my balance', 'banking']], input: null, closing: 'query: cancel my card' }),
  entry('prompt in a template literal returned by an arrow function', 'export const prompt = (text: string) => `Fix the grammar.\n\nInput: he go home\nOutput: He goes home.\n\nInput: ${text}\nOutput:`;', {
    labels: ['Input', 'Output'], examples: [['he go home', 'He goes home.']], input: ['${text}'], instruction: 'Fix the grammar.', unparsed: 1 }),
  entry('LangChain FewShotPromptTemplate in Python: prefix, examples, example_prompt labels, suffix placeholder', 'from langchain_core.prompts import FewShotPromptTemplate, PromptTemplate\n\nprompt = FewShotPromptTemplate(\n    examples=[{"word": "happy", "antonym": "sad"}, {"word": "tall", "antonym": "short"}],\n    example_prompt=PromptTemplate.from_template("Word: {word}\\nAntonym: {antonym}"),\n    prefix="Give the antonym of every input.",\n    suffix="Word: {input}\\nAntonym:",\n    input_variables=["input"],\n)', {
    // The import, the call and the input_variables line are code kept as not understood.
    labels: ['Word', 'Antonym'], examples: [['happy', 'sad'], ['tall', 'short']], input: ['{input}'], instruction: 'Give the antonym of every input.', unparsed: 4 }),
  entry('LangChain.js FewShotPromptTemplate: examplePrompt labels, prefix and suffix', 'const prompt = new FewShotPromptTemplate({\n  examples: [{ question: "2+2", answer: "4" }, { question: "3+3", answer: "6" }],\n  examplePrompt: PromptTemplate.fromTemplate("Question: {question}\\nAnswer: {answer}"),\n  prefix: "Answer the arithmetic question.",\n  suffix: "Question: {input}\\nAnswer:",\n  inputVariables: ["input"],\n});', {
    labels: ['Question', 'Answer'], examples: [['2+2', '4'], ['3+3', '6']], input: ['{input}'], instruction: 'Answer the arithmetic question.', unparsed: 3 }),
];
