import onnxProto from 'onnx-proto';
import type { onnx as OnnxTypes } from 'onnx-proto';
import type { QuantisedTable } from './quantisation.js';

// onnx-proto is CommonJS whose exports Node cannot detect statically, so it is reached through the default.
const { onnx } = onnxProto;
const DataType = onnx.TensorProto.DataType;
const AttributeType = onnx.AttributeProto.AttributeType;

/**
 * IR version 8 and opset 13 are the newest that onnxruntime-node 1.14 (bundled with @xenova/transformers
 * 2.17) accepts comfortably; opset 13 is also the first where ReduceSum and Unsqueeze take axes as inputs.
 */
export const ONNX_IR_VERSION = 8;
/** Default-domain opset the graph is written against. */
export const ONNX_OPSET = 13;

/** Graph input and output names; transformers.js feeds the tokenizer's tensors by these names. */
export const GRAPH_NAMES = {
  inputIds: 'input_ids',
  attentionMask: 'attention_mask',
  output: 'last_hidden_state',
} as const;

/** Free-text provenance stored in the model. */
export interface ModelDescription {
  readonly producerName: string;
  readonly producerVersion: string;
  readonly documentation: string;
}

/**
 * Encodes an "embedding bag" model: for token ids [batch, sequence] it returns
 * Σ_t mask[b,t] · scale[id] · float(table[id]) as `last_hidden_state` [batch, columns]. The pooling runs
 * inside onnxruntime rather than in transformers.js's much slower JavaScript mean-pooling loop.
 */
export function encodeEmbeddingBagModel(
  quantised: QuantisedTable,
  description: ModelDescription,
): Uint8Array {
  const { rows, columns } = quantised;
  const names = GRAPH_NAMES;
  const graph: OnnxTypes.IGraphProto = {
    name: 'sif_embedding_bag',
    input: [
      tensorInfo(names.inputIds, DataType.INT64, ['batch', 'sequence']),
      tensorInfo(names.attentionMask, DataType.INT64, ['batch', 'sequence']),
    ],
    output: [tensorInfo(names.output, DataType.FLOAT, ['batch', columns])],
    initializer: [
      {
        name: 'table',
        dataType: DataType.INT8,
        dims: [rows, columns],
        rawData: new Uint8Array(
          quantised.table.buffer,
          quantised.table.byteOffset,
          quantised.table.byteLength,
        ),
      },
      {
        name: 'scales',
        dataType: DataType.FLOAT,
        dims: [rows],
        rawData: littleEndianFloats(quantised.scales),
      },
      { name: 'last_axis', dataType: DataType.INT64, dims: [1], int64Data: [-1] },
      { name: 'sequence_axis', dataType: DataType.INT64, dims: [1], int64Data: [1] },
    ],
    node: [
      node('Gather', ['table', names.inputIds], ['token_rows'], [intAttribute('axis', 0)]),
      node('Cast', ['token_rows'], ['token_rows_float'], [intAttribute('to', DataType.FLOAT)]),
      node('Gather', ['scales', names.inputIds], ['token_scales'], [intAttribute('axis', 0)]),
      node('Cast', [names.attentionMask], ['mask_float'], [intAttribute('to', DataType.FLOAT)]),
      node('Mul', ['token_scales', 'mask_float'], ['token_weights'], []),
      node('Unsqueeze', ['token_weights', 'last_axis'], ['token_weights_column'], []),
      node('Mul', ['token_rows_float', 'token_weights_column'], ['weighted_rows'], []),
      node('ReduceSum', ['weighted_rows', 'sequence_axis'], [names.output], [intAttribute('keepdims', 0)]),
    ],
  };
  const model: OnnxTypes.IModelProto = {
    irVersion: ONNX_IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: description.producerName,
    producerVersion: description.producerVersion,
    docString: description.documentation,
    graph,
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

/** Decodes model bytes, for inspection and tests. */
export function decodeModel(bytes: Uint8Array): OnnxTypes.ModelProto {
  return onnx.ModelProto.decode(bytes);
}

function tensorInfo(
  name: string,
  elementType: number,
  shape: readonly (string | number)[],
): OnnxTypes.IValueInfoProto {
  const dim = shape.map((size) => (typeof size === 'string' ? { dimParam: size } : { dimValue: size }));
  return { name, type: { tensorType: { elemType: elementType, shape: { dim } } } };
}

function node(
  opType: string,
  input: string[],
  output: string[],
  attribute: OnnxTypes.IAttributeProto[],
): OnnxTypes.INodeProto {
  return { opType, name: output[0] ?? opType, input, output, attribute };
}

function intAttribute(name: string, value: number): OnnxTypes.IAttributeProto {
  return { name, type: AttributeType.INT, i: value };
}

// ONNX raw data is little-endian whatever the build machine is, which also keeps the bytes reproducible.
function littleEndianFloats(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => view.setFloat32(index * 4, value, true));
  return bytes;
}
