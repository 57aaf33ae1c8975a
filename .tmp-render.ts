import { readFileSync } from 'node:fs';
import { parseLesson } from './src/lessons/parseLesson';
import { renderLesson } from './src/lessons/renderLesson';
const f = process.argv[2];
const p = parseLesson(readFileSync(f, 'utf8'), f, false);
console.log(p.problems);
const r = renderLesson(p.lesson!.body, { labels: { misconception: 'Common misconception', takeaways: 'Key takeaways', exam: 'Exam', note: 'Note', tip: 'Tip', warning: 'Warning', invalidTryIt: 'bad' }, resolveImage: (x) => 'IMG:' + x });
console.log(r.headings, r.refusedTryIts); console.log(r.html.slice(0, 3000));
