// The token engine's public face: exact tiktoken token ids, counts and spans for the encodings
// the extension ships, with no dependency on VS Code. Everything outside this folder imports from here.
import type { EncodingName } from './encodingName';
import type { Encoder, EncoderOptions, TokenizerDataLoader } from './encoderTypes';
import { createEncoder } from './bytePairEncoder';

export type { CancellationSignal, Encoder, EncoderOptions, TokenizerDataLoader, TokenSegment } from './encoderTypes';
export { encodingNames, isEncodingName, type EncodingName } from './encodingName';
export { isSafeCut, nextWindowEnd, tiktokenSafeCuts, type SafeCutRule } from './safeCuts';

/** The name of an encoding's data file in `dist/tokenizers/`. */
export function fileNameFor(encoding: EncodingName): string {
  return `${encoding}.tiktoken.bin`;
}

/** Hands out encoders, loading each encoding's data on first use, once. */
export class EncoderRegistry {
  private readonly loads = new Map<EncodingName, Promise<Encoder>>();

  constructor(
    private readonly loader: TokenizerDataLoader,
    private readonly options: EncoderOptions = {},
  ) {}

  /** Concurrent calls share one load; a failed load is retried by the next call. */
  get(name: EncodingName): Promise<Encoder> {
    let load = this.loads.get(name);
    if (load === undefined) {
      load = this.loader(name).then((file) => createEncoder(name, file, this.options));
      this.loads.set(name, load);
      load.catch(() => this.loads.delete(name));
    }
    return load;
  }
}
