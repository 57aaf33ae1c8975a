// Realistic prompts a learner might select, in every shape the parser recognizes, each with what
// the parser should find. English and Brazilian Portuguese, tidy and messy.
import { type ExampleLabels, type FewShotExample, type PromptShape } from '../../../src/fewShot/parsedPrompt';

export interface CorpusPrompt {
  readonly name: string;
  readonly prompt: string;
  readonly expected: {
    readonly shape: PromptShape;
    readonly instruction: string;
    readonly examples: readonly FewShotExample[];
    readonly input: string | undefined;
    readonly labels: ExampleLabels | undefined;
  };
}

const sentimentExamples: readonly FewShotExample[] = [
  { input: 'The battery lasts all day.', output: 'positive' },
  { input: 'It broke after a week.', output: 'negative' },
];

export const promptCorpus: readonly CorpusPrompt[] = [
  {
    name: 'an English zero-shot instruction',
    prompt: 'Summarize the following article in three bullet points for a busy executive.',
    expected: {
      shape: 'instructionOnly',
      instruction: 'Summarize the following article in three bullet points for a busy executive.',
      examples: [],
      input: undefined,
      labels: undefined,
    },
  },
  {
    name: 'a zero-shot instruction with a labeled input',
    prompt: 'Translate the text to French.\n\nInput: Good morning, how are you?\nOutput:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Translate the text to French.',
      examples: [],
      input: 'Good morning, how are you?',
      labels: { input: 'Input', output: 'Output' },
    },
  },
  {
    name: 'Q/A examples ending with an empty answer',
    prompt:
      'Classify the sentiment of each review.\n\nQ: The battery lasts all day.\nA: positive\n\n' +
      'Q: It broke after a week.\nA: negative\n\nQ: Shipping was fast but the box was dented.\nA:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Classify the sentiment of each review.',
      examples: sentimentExamples,
      input: 'Shipping was fast but the box was dented.',
      labels: { input: 'Q', output: 'A' },
    },
  },
  {
    name: 'Question/Answer examples that end with a question and no answer label',
    prompt:
      'Answer with the capital city only.\nQuestion: What is the capital of Japan?\nAnswer: Tokyo\n' +
      'Question: What is the capital of Canada?\nAnswer: Ottawa\nQuestion: What is the capital of Australia?',
    expected: {
      shape: 'labeledLines',
      instruction: 'Answer with the capital city only.',
      examples: [
        { input: 'What is the capital of Japan?', output: 'Tokyo' },
        { input: 'What is the capital of Canada?', output: 'Ottawa' },
      ],
      input: 'What is the capital of Australia?',
      labels: { input: 'Question', output: 'Answer' },
    },
  },
  {
    name: 'Input/Output examples with multi-line code values',
    prompt: [
      'Write a Python one-liner for each task.',
      '',
      'Input: Reverse a list named items',
      'Output:',
      '    items[::-1]',
      '',
      'Input: Sum the squares of',
      'the numbers in values',
      'Output: sum(v * v for v in values)',
      '',
      'Input: Count the words in text',
      'Output:',
    ].join('\n'),
    expected: {
      shape: 'labeledLines',
      instruction: 'Write a Python one-liner for each task.',
      examples: [
        { input: 'Reverse a list named items', output: 'items[::-1]' },
        { input: 'Sum the squares of\nthe numbers in values', output: 'sum(v * v for v in values)' },
      ],
      input: 'Count the words in text',
      labels: { input: 'Input', output: 'Output' },
    },
  },
  {
    name: 'a User/Assistant transcript with a System line',
    prompt:
      'System: You are a terse support bot for a bike shop.\nUser: Do you fix flat tires?\nAssistant: Yes, same day.\n' +
      'User: Are you open on Sunday?\nAssistant: No, Monday to Saturday.\nUser: Can I rent an e-bike?\nAssistant:',
    expected: {
      shape: 'labeledLines',
      instruction: 'You are a terse support bot for a bike shop.',
      examples: [
        { input: 'Do you fix flat tires?', output: 'Yes, same day.' },
        { input: 'Are you open on Sunday?', output: 'No, Monday to Saturday.' },
      ],
      input: 'Can I rent an e-bike?',
      labels: { input: 'User', output: 'Assistant' },
    },
  },
  {
    name: 'Example N blocks with Input/Output inside and the input after them',
    prompt:
      'Extract the city from the sentence.\n\nExample 1:\nInput: I flew to Lisbon last May.\nOutput: Lisbon\n\n' +
      'Example 2:\nInput: Our office moved from Austin to Denver.\nOutput: Denver\n\n' +
      'Input: She grew up near Porto.\nOutput:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Extract the city from the sentence.',
      examples: [
        { input: 'I flew to Lisbon last May.', output: 'Lisbon' },
        { input: 'Our office moved from Austin to Denver.', output: 'Denver' },
      ],
      input: 'She grew up near Porto.',
      labels: { input: 'Input', output: 'Output' },
    },
  },
  {
    name: 'Example N: lines written as text -> label',
    prompt:
      'Label each support ticket as billing, bug or feature.\n' +
      'Example 1: I was charged twice this month -> billing\n' +
      'Example 2: The app crashes when I upload a photo -> bug\n' +
      'Example 3: Please add a dark mode -> feature\n' +
      'Example 4: My invoice shows the wrong address ->',
    expected: {
      shape: 'exampleBlocks',
      instruction: 'Label each support ticket as billing, bug or feature.',
      examples: [
        { input: 'I was charged twice this month', output: 'billing' },
        { input: 'The app crashes when I upload a photo', output: 'bug' },
        { input: 'Please add a dark mode', output: 'feature' },
      ],
      input: 'My invoice shows the wrong address',
      labels: undefined,
    },
  },
  {
    name: 'the GPT-3 paper translation prompt with => and CRLF line ends',
    prompt: 'Translate English to French:\r\n\r\nsea otter => loutre de mer\r\npeppermint => menthe poivrée\r\nplush girafe => girafe peluche\r\ncheese =>\r\n',
    expected: {
      shape: 'arrowLines',
      instruction: 'Translate English to French:',
      examples: [
        { input: 'sea otter', output: 'loutre de mer' },
        { input: 'peppermint', output: 'menthe poivrée' },
        { input: 'plush girafe', output: 'girafe peluche' },
      ],
      input: 'cheese',
      labels: undefined,
    },
  },
  {
    name: 'arrow examples that all have answers, so no input',
    prompt: 'Convert temperatures from Celsius to Fahrenheit.\n0 -> 32\n100 -> 212\n37 -> 98.6',
    expected: {
      shape: 'arrowLines',
      instruction: 'Convert temperatures from Celsius to Fahrenheit.',
      examples: [
        { input: '0', output: '32' },
        { input: '100', output: '212' },
        { input: '37', output: '98.6' },
      ],
      input: undefined,
      labels: undefined,
    },
  },
  {
    name: 'XML examples inside <examples> with the input in <input> tags',
    prompt: [
      'Classify the intent of the customer message.',
      '<examples>',
      '<example>',
      '<input>Where is my order?</input>',
      '<output>order_status</output>',
      '</example>',
      '<example>',
      '<input>I want my money back</input>',
      '<output>refund</output>',
      '</example>',
      '</examples>',
      '',
      '<input>Can I change the delivery address?</input>',
    ].join('\n'),
    expected: {
      shape: 'xmlExamples',
      instruction: 'Classify the intent of the customer message.',
      examples: [
        { input: 'Where is my order?', output: 'order_status' },
        { input: 'I want my money back', output: 'refund' },
      ],
      input: 'Can I change the delivery address?',
      labels: undefined,
    },
  },
  {
    name: 'XML examples with <user>/<assistant> and bare text as the input',
    prompt:
      'Rewrite the sentence in plain English.\n<example><user>Per our previous correspondence, kindly revert.</user>' +
      '<assistant>As I said before, please reply.</assistant></example>\n' +
      '<example index="2">\n  <user>Please be advised that the meeting is postponed.</user>\n  <assistant>The meeting is postponed.</assistant>\n</example>\n' +
      'We will circle back to this at a later point in time.',
    expected: {
      shape: 'xmlExamples',
      instruction: 'Rewrite the sentence in plain English.',
      examples: [
        { input: 'Per our previous correspondence, kindly revert.', output: 'As I said before, please reply.' },
        { input: 'Please be advised that the meeting is postponed.', output: 'The meeting is postponed.' },
      ],
      input: 'We will circle back to this at a later point in time.',
      labels: undefined,
    },
  },
  {
    name: 'XML with <instructions>, escaped entities and words before the input',
    prompt:
      '<instructions>Explain the HTML tag in one sentence.</instructions>\n<examples>\n<example>\n' +
      '<input>&lt;br&gt;</input>\n<output>Breaks the line &amp; starts a new one.</output>\n</example>\n</examples>\n' +
      'Now explain: <input>&lt;hr&gt;</input>',
    expected: {
      shape: 'xmlExamples',
      instruction: 'Explain the HTML tag in one sentence.\n\nNow explain:',
      examples: [{ input: '<br>', output: 'Breaks the line & starts a new one.' }],
      input: '<hr>',
      labels: undefined,
    },
  },
  {
    name: 'XML examples holding Q:/A: lines',
    prompt:
      'Answer like a pirate.\n<examples>\n<example>\nQ: How are you?\nA: Arr, shipshape!\n</example>\n</examples>\n' +
      '<input>Where is the treasure?</input>',
    expected: {
      shape: 'xmlExamples',
      instruction: 'Answer like a pirate.',
      examples: [{ input: 'How are you?', output: 'Arr, shipshape!' }],
      input: 'Where is the treasure?',
      labels: { input: 'Q', output: 'A' },
    },
  },
  {
    name: 'a JSON messages array with a system message and two example pairs',
    prompt: JSON.stringify(
      [
        { role: 'system', content: 'You turn product names into URL slugs.' },
        { role: 'user', content: 'Ultra Light Tent 2P' },
        { role: 'assistant', content: 'ultra-light-tent-2p' },
        { role: 'user', content: 'Café Crème Mug' },
        { role: 'assistant', content: 'cafe-creme-mug' },
        { role: 'user', content: 'Trail Runner "X" 3.0' },
      ],
      null,
      2,
    ),
    expected: {
      shape: 'chatMessages',
      instruction: 'You turn product names into URL slugs.',
      examples: [
        { input: 'Ultra Light Tent 2P', output: 'ultra-light-tent-2p' },
        { input: 'Café Crème Mug', output: 'cafe-creme-mug' },
      ],
      input: 'Trail Runner "X" 3.0',
      labels: undefined,
    },
  },
  {
    name: 'a JSON messages array that ends with an answer',
    prompt: '[{"role":"user","content":"2 + 2"},{"role":"assistant","content":"4"}]',
    expected: {
      shape: 'chatMessages',
      instruction: '',
      examples: [{ input: '2 + 2', output: '4' }],
      input: undefined,
      labels: undefined,
    },
  },
  {
    name: 'an OpenAI request body with content parts',
    prompt: JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'developer', content: [{ type: 'text', text: 'Reply with an emoji only.' }] },
        { role: 'user', content: [{ type: 'text', text: 'I passed the exam!' }] },
        { role: 'assistant', content: '🎉' },
        { role: 'user', content: 'My flight got cancelled.' },
      ],
    }),
    expected: {
      shape: 'chatMessages',
      instruction: 'Reply with an emoji only.',
      examples: [{ input: 'I passed the exam!', output: '🎉' }],
      input: 'My flight got cancelled.',
      labels: undefined,
    },
  },
  {
    name: 'an Anthropic request body with a top-level system prompt',
    prompt:
      '{\r\n  "system": "Answer in one word.",\r\n  "messages": [\r\n    {"role": "user", "content": "Color of the sky?"},\r\n' +
      '    {"role": "assistant", "content": "Blue"},\r\n    {"role": "user", "content": "Color of grass?"}\r\n  ]\r\n}',
    expected: {
      shape: 'chatMessages',
      instruction: 'Answer in one word.',
      examples: [{ input: 'Color of the sky?', output: 'Blue' }],
      input: 'Color of grass?',
      labels: undefined,
    },
  },
  {
    name: 'Portuguese Entrada/Saída examples',
    prompt:
      'Classifique o sentimento da avaliação.\n\nEntrada: O produto chegou antes do prazo.\nSaída: positivo\n\n' +
      'Entrada: Veio quebrado e ninguém respondeu.\nSaída: negativo\n\nEntrada: Cumpre o que promete.\nSaída:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Classifique o sentimento da avaliação.',
      examples: [
        { input: 'O produto chegou antes do prazo.', output: 'positivo' },
        { input: 'Veio quebrado e ninguém respondeu.', output: 'negativo' },
      ],
      input: 'Cumpre o que promete.',
      labels: { input: 'Entrada', output: 'Saída' },
    },
  },
  {
    name: 'Portuguese Pergunta/Resposta ending with an empty answer',
    prompt:
      'Responda com uma palavra.\nPergunta: Qual é a cor do céu?\nResposta: Azul\nPergunta: Qual é a capital do Brasil?\nResposta:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Responda com uma palavra.',
      examples: [{ input: 'Qual é a cor do céu?', output: 'Azul' }],
      input: 'Qual é a capital do Brasil?',
      labels: { input: 'Pergunta', output: 'Resposta' },
    },
  },
  {
    name: 'a Portuguese Usuário/Assistente transcript',
    prompt:
      'Você é um atendente educado de uma padaria.\n\nUsuário: Vocês têm pão sem glúten?\nAssistente: Temos, às terças e sextas.\n' +
      'Usuário: Até que horas abrem?\nAssistente:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Você é um atendente educado de uma padaria.',
      examples: [{ input: 'Vocês têm pão sem glúten?', output: 'Temos, às terças e sextas.' }],
      input: 'Até que horas abrem?',
      labels: { input: 'Usuário', output: 'Assistente' },
    },
  },
  {
    name: 'Portuguese Exemplo N blocks with Entrada/Saída',
    prompt:
      'Extraia a data no formato AAAA-MM-DD.\n\nExemplo 1:\nEntrada: Nasci em 3 de maio de 1990.\nSaída: 1990-05-03\n\n' +
      'Exemplo 2:\nEntrada: A reunião foi dia 12/01/2024.\nSaída: 2024-01-12\n\nExemplo 3:\nEntrada: Viajo em 7 de setembro de 2025.\nSaída:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Extraia a data no formato AAAA-MM-DD.',
      examples: [
        { input: 'Nasci em 3 de maio de 1990.', output: '1990-05-03' },
        { input: 'A reunião foi dia 12/01/2024.', output: '2024-01-12' },
      ],
      input: 'Viajo em 7 de setembro de 2025.',
      labels: { input: 'Entrada', output: 'Saída' },
    },
  },
  {
    name: 'Portuguese Exemplo N: text -> rótulo',
    prompt: 'Classifique a mensagem como spam ou ok.\n\nExemplo 1: Ganhe um iPhone grátis agora -> spam\nExemplo 2: A reunião mudou para as 15h -> ok',
    expected: {
      shape: 'exampleBlocks',
      instruction: 'Classifique a mensagem como spam ou ok.',
      examples: [
        { input: 'Ganhe um iPhone grátis agora', output: 'spam' },
        { input: 'A reunião mudou para as 15h', output: 'ok' },
      ],
      input: undefined,
      labels: undefined,
    },
  },
  {
    name: 'a Portuguese zero-shot instruction with a colon in a sentence',
    prompt: 'Resuma o texto abaixo em duas frases. Atenção: mantenha os números exatos.',
    expected: {
      shape: 'instructionOnly',
      instruction: 'Resuma o texto abaixo em duas frases. Atenção: mantenha os números exatos.',
      examples: [],
      input: undefined,
      labels: undefined,
    },
  },
  {
    name: 'messy whitespace and upper-case labels',
    prompt: '  \n\tFix the spelling.   \n\n\nINPUT :   teh cat   \n  OUTPUT:the cat\t\n\n\n   INPUT: recieve\nOUTPUT:   \n\n',
    expected: {
      shape: 'labeledLines',
      instruction: 'Fix the spelling.',
      examples: [{ input: 'teh cat', output: 'the cat' }],
      input: 'recieve',
      labels: { input: 'INPUT', output: 'OUTPUT' },
    },
  },
  {
    name: 'Q/A with CRLF line ends and a multi-line answer',
    prompt: 'List two facts.\r\nQ: Mars\r\nA: - Red planet\r\n- Has two moons\r\n\r\nQ: Venus\r\nA:',
    expected: {
      shape: 'labeledLines',
      instruction: 'List two facts.',
      examples: [{ input: 'Mars', output: '- Red planet\n- Has two moons' }],
      input: 'Venus',
      labels: { input: 'Q', output: 'A' },
    },
  },
  {
    name: 'markdown bold labels',
    prompt: 'Give the antonym.\n\n**Input:** hot\n**Output:** cold\n\n**Input**: early\n**Output**: late\n\n**Input:** loud\n**Output:**',
    expected: {
      shape: 'labeledLines',
      instruction: 'Give the antonym.',
      examples: [
        { input: 'hot', output: 'cold' },
        { input: 'early', output: 'late' },
      ],
      input: 'loud',
      labels: { input: 'Input', output: 'Output' },
    },
  },
  {
    name: 'numbered labels Q1/A1',
    prompt: 'Quiz style.\nQ1: 3 * 4?\nA1: 12\nQ2: 10 / 4?\nA2: 2.5\nQ3: 7 - 9?',
    expected: {
      shape: 'labeledLines',
      instruction: 'Quiz style.',
      examples: [
        { input: '3 * 4?', output: '12' },
        { input: '10 / 4?', output: '2.5' },
      ],
      input: '7 - 9?',
      labels: { input: 'Q', output: 'A' },
    },
  },
  {
    name: 'lower-case labels with complete examples and no input',
    prompt: 'pluralize the noun\nq: mouse\na: mice\nq: cactus\na: cacti',
    expected: {
      shape: 'labeledLines',
      instruction: 'pluralize the noun',
      examples: [
        { input: 'mouse', output: 'mice' },
        { input: 'cactus', output: 'cacti' },
      ],
      input: undefined,
      labels: { input: 'q', output: 'a' },
    },
  },
  {
    name: 'an instruction with a `Note:` line before the examples',
    prompt: 'Extract the email address.\nNote: return NONE when there is no address.\n\nInput: Write to ana@example.com today\nOutput: ana@example.com\n\nInput: Call me maybe\nOutput:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Extract the email address.\nNote: return NONE when there is no address.',
      examples: [{ input: 'Write to ana@example.com today', output: 'ana@example.com' }],
      input: 'Call me maybe',
      labels: { input: 'Input', output: 'Output' },
    },
  },
  {
    name: 'unaccented and upper-case Portuguese labels',
    prompt: 'Corrija a frase.\nENTRADA: nos vai\nSAIDA: nós vamos\nENTRADA: a gente fomos\nSAIDA:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Corrija a frase.',
      examples: [{ input: 'nos vai', output: 'nós vamos' }],
      input: 'a gente fomos',
      labels: { input: 'ENTRADA', output: 'SAIDA' },
    },
  },
  {
    name: 'an `Examples:` heading that is not part of the instruction',
    prompt: 'Turn the headline into a question.\n\nExamples:\nInput: Prices rise again\nOutput: Will prices keep rising?\n\nInput: New park opens downtown\nOutput:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Turn the headline into a question.',
      examples: [{ input: 'Prices rise again', output: 'Will prices keep rising?' }],
      input: 'New park opens downtown',
      labels: { input: 'Input', output: 'Output' },
    },
  },
  {
    name: 'the legacy Human/Assistant format',
    prompt: 'Human: Say hello in Spanish.\n\nAssistant: Hola.\n\nHuman: Say goodbye in Spanish.\n\nAssistant:',
    expected: {
      shape: 'labeledLines',
      instruction: '',
      examples: [{ input: 'Say hello in Spanish.', output: 'Hola.' }],
      input: 'Say goodbye in Spanish.',
      labels: { input: 'Human', output: 'Assistant' },
    },
  },
  {
    name: 'a multi-line final input',
    prompt: 'Find the bug.\nInput: for i in range(10) print(i)\nOutput: missing colon after range(10)\nInput: def f(x):\n    return x +\nOutput:',
    expected: {
      shape: 'labeledLines',
      instruction: 'Find the bug.',
      examples: [{ input: 'for i in range(10) print(i)', output: 'missing colon after range(10)' }],
      input: 'def f(x):\n    return x +',
      labels: { input: 'Input', output: 'Output' },
    },
  },
  {
    name: 'a sentence holding one arrow as an instruction, not an example',
    prompt: 'Turn the meeting notes -> a short action list with owners.',
    expected: {
      shape: 'instructionOnly',
      instruction: 'Turn the meeting notes -> a short action list with owners.',
      examples: [],
      input: undefined,
      labels: undefined,
    },
  },
  {
    name: 'a sentence starting with `Example of` as an instruction, not a header',
    prompt: 'Example of a good answer: short, polite and specific. Write a reply to the complaint below.',
    expected: {
      shape: 'instructionOnly',
      instruction: 'Example of a good answer: short, polite and specific. Write a reply to the complaint below.',
      examples: [],
      input: undefined,
      labels: undefined,
    },
  },
  {
    name: 'a JSON array of numbers as an instruction, not messages',
    prompt: '[1, 2, 3]',
    expected: { shape: 'instructionOnly', instruction: '[1, 2, 3]', examples: [], input: undefined, labels: undefined },
  },
];
