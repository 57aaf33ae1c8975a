// Messages between the tokenizer view (webview) and the extension host, typed once for both sides.
// A message from the webview is input, not truth: `parseTokenizerViewMessage` checks it on arrival.
import { isBoundedString, isCount, isListOf, isOneOf, isRecord, type BusyMessage, type NoticeMessage } from '../common/webviewMessages';
import { isEncodingName, type EncodingName } from '../tokenEngine';

/** Text typed or pasted into the view is tokenized up to this many UTF-16 code units (about 1 MB). */
export const maxTypedTextLength = 1_000_000;

/** Where the text comes from: the editor, live; text pinned from the editor or a command; or typed in the view. */
export type InputMode = 'editor' | 'pinned' | 'typed';

export interface ShownToken {
  /** The slice of the text this token (or group) covers: whole characters. */
  readonly text: string;
  /** One id, or several when tokens split a character between them. Empty for text no token covers. */
  readonly ids: readonly number[];
  /** Each id's bytes as hex pairs ("48 65 6c"). */
  readonly bytes: readonly string[];
  /** With a comparison: a boundary of this token is not a boundary in the other encoding. */
  readonly differs?: boolean;
}

/** The next stretch of tokens, for both encodings, appended to what the view shows. */
export interface TokenizerChunk {
  readonly tokens: readonly ShownToken[];
  readonly compareTokens?: readonly ShownToken[];
  /** Boundaries in this stretch that only one of the two encodings has. */
  readonly differingBoundaries: number;
  /** Whether the view now shows the whole text. */
  readonly isLast: boolean;
}

/** Counts over the whole text, which for a large text arrive after the first tokens. */
export interface WholeTextFigures {
  readonly tokens: number;
  readonly compareTokens?: number;
  /** The model's count as shown everywhere: "1,234 tokens", or "≈ 1,358 tokens (estimate)" for an estimated family. */
  readonly modelCount?: string;
  /** Plain-text lines under the figures: why the count is an estimate and how good it is, and its cost. */
  readonly modelNotes?: readonly string[];
  readonly characters: number;
  readonly words: number;
}

export interface TokenizerInput {
  readonly mode: InputMode;
  /** Localized: where the text comes from ("Selection in notes.md"). */
  readonly description: string;
  /** The text itself when short enough to edit in the view; large texts never travel to the page. */
  readonly editableText?: string;
  /** Length of the whole text in UTF-16 code units. */
  readonly length: number;
  /** Text in it that looks like a special token, such as `<|endoftext|>`. */
  readonly specialTokenText?: string;
}

export namespace ToTokenizerView {
  /** A new text or new settings: replaces everything shown. */
  export interface Result {
    readonly type: 'result';
    readonly requestId: number;
    readonly input: TokenizerInput;
    readonly modelId: string;
    readonly encoding: EncodingName;
    readonly compareWith?: EncodingName;
    readonly chunk: TokenizerChunk;
    readonly figures?: WholeTextFigures;
  }
  export interface More {
    readonly type: 'more';
    readonly requestId: number;
    readonly chunk: TokenizerChunk;
  }
  export interface Figures {
    readonly type: 'figures';
    readonly requestId: number;
    readonly figures: WholeTextFigures;
  }
  /** The model and comparison lists again, after the learner's tokenizers or the chosen model changed. */
  export interface Choices {
    readonly type: 'choices';
    readonly models: readonly ModelOption[];
    readonly compareOptions: readonly CompareOption[];
  }
  export type Busy = BusyMessage;
  /** A short localized message: a confirmation or a problem. */
  export type Notice = NoticeMessage;
  export type Message = Result | More | Figures | Choices | Busy | Notice;
}

export namespace FromTokenizerView {
  export interface Ready {
    readonly type: 'ready';
  }
  export interface TypeText {
    readonly type: 'typeText';
    readonly text: string;
  }
  /** Follow the editor, or pin the text shown now. */
  export interface SetMode {
    readonly type: 'setMode';
    readonly mode: 'editor' | 'pinned';
  }
  export interface SelectModel {
    readonly type: 'selectModel';
    readonly modelId: string;
  }
  export interface SelectCompare {
    readonly type: 'selectCompare';
    /** Absent: no comparison. */
    readonly encoding?: EncodingName;
  }
  export interface ShowMore {
    readonly type: 'showMore';
    readonly requestId: number;
  }
  export interface CopyIds {
    readonly type: 'copyIds';
    readonly requestId: number;
  }
  /** The model ids the page's list holds now, sent after building or rebuilding it. */
  export interface ModelsShown {
    readonly type: 'modelsShown';
    readonly modelIds: readonly string[];
  }
  export type Message = Ready | TypeText | SetMode | SelectModel | SelectCompare | ShowMore | CopyIds | ModelsShown;
}

export interface ModelOption {
  readonly id: string;
  readonly label: string;
  readonly encoding: EncodingName;
  readonly contextWindow: number;
  /** Localized name of the model's family, for the select's groups. */
  readonly group: string;
}

export interface CompareOption {
  readonly encoding: EncodingName;
  readonly label: string;
}

/** Every string the page shows, localized by the host; `{0}` marks where values go. */
export interface TokenizerViewLabels {
  readonly text: string;
  readonly placeholder: string;
  readonly pin: string;
  readonly pinTitle: string;
  readonly followEditor: string;
  readonly model: string;
  readonly compareWith: string;
  readonly none: string;
  readonly showIds: string;
  readonly showWhitespace: string;
  readonly copyIds: string;
  readonly copyIdsTitle: string;
  readonly tokens: string;
  readonly tokenCount: string;
  readonly oneToken: string;
  readonly characters: string;
  readonly words: string;
  readonly charactersPerToken: string;
  readonly contextWindow: string;
  readonly contextShare: string;
  readonly counting: string;
  readonly tokenizing: string;
  readonly differingBoundaries: string;
  readonly differingBoundariesShown: string;
  readonly tokenListLabel: string;
  readonly tokenLabel: string;
  readonly tokenPosition: string;
  readonly groupedPosition: string;
  readonly groupedTokenLabel: string;
  readonly noTokenLabel: string;
  readonly differsLabel: string;
  readonly id: string;
  readonly ids: string;
  readonly bytes: string;
  readonly tokenText: string;
  readonly occurrences: string;
  readonly occurrencesShown: string;
  readonly groupedNote: string;
  readonly differsNote: string;
  readonly detailHint: string;
  readonly showMore: string;
  readonly shownOf: string;
  readonly specialTokenNote: string;
  readonly tooLong: string;
  readonly statistics: string;
}

/** The initial state handed to the page in `data-state`. */
export interface TokenizerViewState {
  readonly labels: TokenizerViewLabels;
  readonly models: readonly ModelOption[];
  readonly compareOptions: readonly CompareOption[];
  readonly maxTypedTextLength: number;
  /** VS Code's display language, for number formats. */
  readonly locale: string;
}

const pinModes: readonly FromTokenizerView.SetMode['mode'][] = ['editor', 'pinned'];
/** Bounds on a `modelsShown` list: the catalog and the learner's files, with room to spare; ids of user tokenizers are URIs. */
const maxModelOptions = 1000;
const maxModelIdLength = 4096;
const isModelId = (value: unknown): value is string => isBoundedString(value, maxModelIdLength);

/** Whether `data` is a typed-text message whose text is over the limit, so the host can say so. */
export function isOversizedTypedText(data: unknown): boolean {
  return isRecord(data) && data.type === 'typeText' && typeof data.text === 'string' && data.text.length > maxTypedTextLength;
}

export function parseTokenizerViewMessage(data: unknown): FromTokenizerView.Message | undefined {
  if (!isRecord(data)) {
    return undefined;
  }
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'typeText':
      return isBoundedString(data.text, maxTypedTextLength) ? { type: 'typeText', text: data.text } : undefined;
    case 'setMode':
      return isOneOf(data.mode, pinModes) ? { type: 'setMode', mode: data.mode } : undefined;
    case 'selectModel':
      return isBoundedString(data.modelId, maxModelIdLength) ? { type: 'selectModel', modelId: data.modelId } : undefined;
    case 'selectCompare':
      if (data.encoding === undefined || data.encoding === null) {
        return { type: 'selectCompare' };
      }
      return isEncodingName(data.encoding) ? { type: 'selectCompare', encoding: data.encoding } : undefined;
    case 'showMore':
      return isCount(data.requestId) ? { type: 'showMore', requestId: data.requestId } : undefined;
    case 'copyIds':
      return isCount(data.requestId) ? { type: 'copyIds', requestId: data.requestId } : undefined;
    case 'modelsShown':
      return isListOf(data.modelIds, maxModelOptions, isModelId) ? { type: 'modelsShown', modelIds: data.modelIds } : undefined;
    default:
      return undefined;
  }
}
