import { describe, expect, it } from 'vitest';
import type { onnx } from 'onnx-proto';
import {
  decodeModel,
  encodeEmbeddingBagModel,
  GRAPH_NAMES,
  ONNX_IR_VERSION,
  ONNX_OPSET,
} from './onnx-graph.js';
import { quantiseRows } from './quantisation.js';

const quantised = quantiseRows({ values: Float64Array.from([0, 0, 1, -2, 0.5, 0.25]), rows: 3, columns: 2 });
const description = { producerName: 'test', producerVersion: '0', documentation: 'tiny' };

function shapeOf(info: onnx.IValueInfoProto): (string | number)[] {
  return (info.type?.tensorType?.shape?.dim ?? []).map((dim) => dim.dimParam || Number(dim.dimValue));
}

describe('encodeEmbeddingBagModel', () => {
  const model = decodeModel(encodeEmbeddingBagModel(quantised, description));
  const graph = model.graph ?? {};
  const inputs = graph.input ?? [];
  const outputs = graph.output ?? [];
  const initializers = graph.initializer ?? [];

  it('targets an IR version and opset onnxruntime 1.14 accepts', () => {
    expect(Number(model.irVersion)).toBe(ONNX_IR_VERSION);
    expect(ONNX_IR_VERSION).toBeLessThanOrEqual(8);
    expect((model.opsetImport ?? []).map((opset) => [opset.domain, Number(opset.version)])).toEqual([
      ['', ONNX_OPSET],
    ]);
    expect(ONNX_OPSET).toBeLessThanOrEqual(18);
  });

  it('declares int64 [batch, sequence] inputs and a float [batch, columns] output', () => {
    expect(inputs.map((info) => info.name)).toEqual([GRAPH_NAMES.inputIds, GRAPH_NAMES.attentionMask]);
    expect(inputs.map((info) => info.type?.tensorType?.elemType)).toEqual([7, 7]);
    expect(inputs.map(shapeOf)).toEqual([
      ['batch', 'sequence'],
      ['batch', 'sequence'],
    ]);
    expect(outputs.map((info) => [info.name, info.type?.tensorType?.elemType, shapeOf(info)])).toEqual([
      ['last_hidden_state', 1, ['batch', 2]],
    ]);
  });

  it('stores the int8 table and little-endian float scales as initializers', () => {
    const byName = new Map(initializers.map((tensor) => [tensor.name, tensor]));
    const table = byName.get('table');
    expect(table?.dataType).toBe(3);
    expect(table?.dims?.map(Number)).toEqual([3, 2]);
    expect([...new Int8Array(Uint8Array.from(table?.rawData ?? []).buffer)]).toEqual([...quantised.table]);
    const scales = byName.get('scales');
    const view = new DataView(Uint8Array.from(scales?.rawData ?? []).buffer);
    expect([0, 1, 2].map((row) => view.getFloat32(row * 4, true))).toEqual([...quantised.scales]);
  });

  it('pools with Gather, Cast, Mul and ReduceSum, and encodes deterministically', () => {
    expect((graph.node ?? []).map((node) => node.opType)).toEqual([
      'Gather',
      'Cast',
      'Gather',
      'Cast',
      'Mul',
      'Unsqueeze',
      'Mul',
      'ReduceSum',
    ]);
    expect(encodeEmbeddingBagModel(quantised, description)).toEqual(
      encodeEmbeddingBagModel(quantised, description),
    );
  });
});
