// Builds a tiny BERT-shaped transformers.js model on disk, so the transformers.js backend can be
// tested end to end (tokenizer -> onnxruntime -> mean pooling -> normalisation) without a download.
//
// The "model" is one Gather: last_hidden_state[b, s] = embedding[input_ids[b, s]], with a one-hot
// embedding per vocabulary word and zero rows for [PAD]/[CLS]/[SEP]. After mean pooling and
// normalisation, the cosine of two texts is therefore exactly the overlap of their word counts:
// texts sharing words score > 0, texts sharing none score 0.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeOnnxModel, OnnxType } from './onnx-writer.js';

export const TINY_MODEL_WORDS = [
  'credit', 'card', 'cards', 'loan', 'loans', 'travel', 'rewards', 'miles', 'airline', 'flyers',
  'cashback', 'fuel', 'home', 'mortgage', 'farm', 'farmers', 'crop', 'tractor', 'business',
  'working', 'capital', 'savings', 'deposit', 'insurance', 'health', 'student', 'education',
  'personal', 'low', 'interest', 'rate', 'fee', 'annual', 'for', 'with', 'a', 'the', 'and',
] as const;

const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

export interface TinyModel {
  /** Pass as EmbedderOptions.model. */
  modelId: string;
  /** Pass as EmbedderOptions.modelDir (the parent of the model's own folder). */
  modelDir: string;
  /** Length of every output vector: one dimension for [UNK] plus one per word. */
  dimensions: number;
  vocabulary: string[];
}

export interface TinyModelOptions {
  modelId?: string;
  words?: readonly string[];
}

/** Writes <modelDir>/<modelId>/{config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx}. */
export async function writeTinyModel(modelDir: string, options: TinyModelOptions = {}): Promise<TinyModel> {
  const modelId = options.modelId ?? 'tiny-bert';
  const words = [...new Set((options.words ?? TINY_MODEL_WORDS).map((w) => w.toLowerCase()))];
  const vocabulary = [...SPECIAL_TOKENS, ...words];
  const dimensions = words.length + 1;
  const folder = path.join(modelDir, modelId);
  await mkdir(path.join(folder, 'onnx'), { recursive: true });

  const json = (name: string, value: unknown) => writeFile(path.join(folder, name), JSON.stringify(value, null, 2));
  await Promise.all([
    json('config.json', bertConfig(vocabulary.length, dimensions)),
    json('tokenizer.json', wordPieceTokenizer(vocabulary)),
    json('tokenizer_config.json', tokenizerConfig()),
    writeFile(path.join(folder, 'onnx', 'model.onnx'), encodeOnnxModel(gatherGraph(vocabulary, dimensions))),
  ]);
  return { modelId, modelDir, dimensions, vocabulary };
}

function bertConfig(vocabSize: number, hiddenSize: number) {
  return {
    model_type: 'bert',
    architectures: ['BertModel'],
    vocab_size: vocabSize,
    hidden_size: hiddenSize,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    intermediate_size: hiddenSize,
    max_position_embeddings: 128,
    type_vocab_size: 2,
    pad_token_id: 0,
  };
}

function tokenizerConfig() {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: 128,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
  };
}

/** The Hugging Face `tokenizers` JSON of a plain BERT WordPiece tokenizer over `vocabulary`. */
function wordPieceTokenizer(vocabulary: string[]) {
  const id = (token: string) => vocabulary.indexOf(token);
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: id(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: { type: 'BertProcessing', sep: ['[SEP]', id('[SEP]')], cls: ['[CLS]', id('[CLS]')] },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, i) => [token, i])),
    },
  };
}

/** input_ids [batch, seq] -> Gather(embedding) -> last_hidden_state [batch, seq, dimensions]. */
function gatherGraph(vocabulary: string[], dimensions: number) {
  const embedding = new Float32Array(vocabulary.length * dimensions);
  vocabulary.forEach((token, row) => {
    if (token === '[UNK]') embedding[row * dimensions] = 1;
    else if (row >= SPECIAL_TOKENS.length) embedding[row * dimensions + (row - SPECIAL_TOKENS.length + 1)] = 1;
  });
  const tokens = ['batch', 'sequence'];
  return {
    name: 'tiny_bert',
    inputs: [
      { name: 'input_ids', elemType: OnnxType.INT64, shape: tokens },
      // Declared like a real BERT export; the mask is applied by mean pooling, not by this graph.
      { name: 'attention_mask', elemType: OnnxType.INT64, shape: tokens },
    ],
    outputs: [{ name: 'last_hidden_state', elemType: OnnxType.FLOAT, shape: [...tokens, dimensions] }],
    initializers: [{ name: 'embedding', dims: [vocabulary.length, dimensions], data: embedding }],
    nodes: [{ opType: 'Gather', inputs: ['embedding', 'input_ids'], outputs: ['last_hidden_state'], intAttributes: { axis: 0 } }],
  };
}
