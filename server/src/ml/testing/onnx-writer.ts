// Just enough of the protobuf wire format to write an ONNX model by hand, so tests can build a
// real (tiny) model file that onnxruntime loads, with no download and no Python.
// Field numbers are those of onnx/onnx.proto (ModelProto, GraphProto, NodeProto, TensorProto,
// ValueInfoProto, TypeProto, TensorShapeProto, OperatorSetIdProto).

/** ONNX TensorProto.DataType values this writer is used with. */
export const OnnxType = { FLOAT: 1, INT64: 7 } as const;
export type OnnxElementType = (typeof OnnxType)[keyof typeof OnnxType];

export interface OnnxValueInfo {
  name: string;
  elemType: OnnxElementType;
  /** A number is a fixed size; a string names a free dimension such as "batch". */
  shape: (number | string)[];
}

export interface OnnxNode {
  opType: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  /** Integer attributes, e.g. { axis: 0 }. */
  intAttributes?: Record<string, number>;
}

export interface OnnxFloatInitializer {
  name: string;
  dims: number[];
  data: Float32Array;
}

export interface OnnxGraph {
  name: string;
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  initializers: OnnxFloatInitializer[];
  nodes: OnnxNode[];
  /** Default opset 13, IR version 8: both well inside what onnxruntime-node 1.21 reads. */
  opsetVersion?: number;
  irVersion?: number;
}

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const textEncoder = new TextEncoder();

function varint(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint needs a non-negative integer, got ${value}`);
  const bytes: number[] = [];
  let v = BigInt(value);
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    bytes.push(byte);
  } while (v > 0n);
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function intField(field: number, value: number): Uint8Array {
  return Uint8Array.from([...varint((field << 3) | WIRE_VARINT), ...varint(value)]);
}

function bytesField(field: number, bytes: Uint8Array): Uint8Array {
  return concat([Uint8Array.from([...varint((field << 3) | WIRE_LENGTH_DELIMITED), ...varint(bytes.length)]), bytes]);
}

function stringField(field: number, value: string): Uint8Array {
  return bytesField(field, textEncoder.encode(value));
}

function valueInfo(v: OnnxValueInfo): Uint8Array {
  const dims = v.shape.map((d) => bytesField(1, typeof d === 'number' ? intField(1, d) : stringField(2, d)));
  const tensorType = concat([intField(1, v.elemType), bytesField(2, concat(dims))]);
  const type = bytesField(1, tensorType);
  return concat([stringField(1, v.name), bytesField(2, type)]);
}

function floatTensor(t: OnnxFloatInitializer): Uint8Array {
  const expected = t.dims.reduce((a, b) => a * b, 1);
  if (t.data.length !== expected) throw new Error(`initializer ${t.name}: ${t.data.length} values for dims [${t.dims}]`);
  // raw_data is little-endian; copy so a subarray view does not drag its whole buffer along.
  const raw = new Uint8Array(t.data.length * 4);
  const view = new DataView(raw.buffer);
  t.data.forEach((x, i) => view.setFloat32(i * 4, x, true));
  return concat([...t.dims.map((d) => intField(1, d)), intField(2, OnnxType.FLOAT), stringField(8, t.name), bytesField(9, raw)]);
}

function node(n: OnnxNode): Uint8Array {
  const attributes = Object.entries(n.intAttributes ?? {}).map(([name, value]) =>
    // AttributeProto: name = 1, i = 3, type = 20 (AttributeType.INT = 2).
    bytesField(5, concat([stringField(1, name), intField(3, value), intField(20, 2)])),
  );
  return concat([
    ...n.inputs.map((s) => stringField(1, s)),
    ...n.outputs.map((s) => stringField(2, s)),
    stringField(3, n.name ?? `${n.opType}_${n.outputs[0]}`),
    stringField(4, n.opType),
    ...attributes,
  ]);
}

/** Serialises a single-graph ONNX ModelProto. */
export function encodeOnnxModel(g: OnnxGraph): Uint8Array {
  const graph = concat([
    ...g.nodes.map((n) => bytesField(1, node(n))),
    stringField(2, g.name),
    ...g.initializers.map((t) => bytesField(5, floatTensor(t))),
    ...g.inputs.map((v) => bytesField(11, valueInfo(v))),
    ...g.outputs.map((v) => bytesField(12, valueInfo(v))),
  ]);
  const opset = concat([stringField(1, ''), intField(2, g.opsetVersion ?? 13)]);
  return concat([
    intField(1, g.irVersion ?? 8),
    stringField(2, 'creditgraph-test'),
    bytesField(7, graph),
    bytesField(8, opset),
  ]);
}
