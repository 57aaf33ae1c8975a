// The analysis a hover needs right after an edit, before the whole-file analysis is cached: one
// lexer pass, then only the SDK requests whose brackets enclose the cursor. Anything it cannot
// settle locally (a parameter in an object assigned to a name and sent elsewhere) falls back to
// the whole file, as does a Bedrock body written apart from its call.
import { analyzeTokens, callRequestAt, hasMarkerKey } from './analyzeSource';
import type { FileInsight } from './codeInsightTypes';
import { RequestWalker, type RequestDraft, type WalkOutput } from './requestWalker';
import { indexSource } from './sourceIndex';
import { isPunctuation, tokenAtOffset, tokenize, type SourceLanguage } from './sourceTokens';

export function analyzeAround(text: string, language: SourceLanguage, offset: number): FileInsight {
  const tokens = tokenize(text, language);
  const index = indexSource(tokens);
  const cursor = tokenAtOffset(tokens, offset);
  if (index.sdks.size === 0 || cursor < 0) {
    return analyzeTokens(tokens);
  }
  const requests: RequestDraft[] = [];
  const output: WalkOutput = { parameters: [], prompts: [], visitedGroups: new Set() };
  const walker = new RequestWalker(index, output);
  let enclosing: number | undefined;
  // Walk back to the file start, skipping whole groups: what is left are the brackets around the cursor.
  for (let token = cursor - 1; token >= 0; token--) {
    const match = tokens.match[token];
    if (match >= 0 && match < token) {
      token = match;
      continue;
    }
    if (match > cursor) {
      enclosing = token;
    }
  }
  // Outermost first, so a nested object is walked as part of its call.
  for (let token = enclosing ?? tokens.count; token < cursor; token++) {
    const match = tokens.match[token];
    if (match <= cursor) {
      if (match > token) {
        token = match;
      }
      continue;
    }
    // A Bedrock body written apart belongs to the call that sends it, somewhere else: the whole file settles that.
    if (index.sdks.has('bedrock') && isPunctuation(tokens, token, '{') && hasMarkerKey(tokens, token)) {
      return analyzeTokens(tokens);
    }
    const request = callRequestAt(index, token);
    if (request) {
      requests.push(request);
      walker.walk(request, token);
      break;
    }
  }
  const found = output.parameters.some((parameter) => offset >= parameter.nameStart && offset <= parameter.valueEnd);
  if (found) {
    return { sdks: index.sdks, requests, parameters: output.parameters.sort((a, b) => a.nameStart - b.nameStart), apiNames: [], prompts: [] };
  }
  // On the API name itself: `ChatOpenAI(`, `client.messages.create(`.
  const own = callRequestAt(index, cursor + 1);
  if (own) {
    return { sdks: index.sdks, requests: [own], parameters: [], apiNames: [{ name: text.slice(tokens.start[cursor], tokens.end[cursor]), start: tokens.start[cursor], end: tokens.end[cursor], request: own }], prompts: [] };
  }
  return analyzeTokens(tokens);
}
