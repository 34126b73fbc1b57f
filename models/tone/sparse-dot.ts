/**
 * A tfjs custom op for the one thing the trainer needs: per-row dot products of sparse rows with a
 * weight vector, and its gradient. tfjs's CPU kernels for gather/unsortedSegmentSum (and the
 * generic element-wise path) cost 50 ns–O(segments) per element, which makes a step over ~1M
 * non-zeros take seconds; these two kernels are O(non-zeros) in tight loops. They are registered
 * through tfjs's public kernel/gradient registry, so autodiff and the Adam optimizer work as usual.
 * Training only: the runtime scorer does the same sum in plain TypeScript.
 */
import * as tf from '@tensorflow/tfjs';

const FORWARD = 'RapportSparseDot';
const BACKWARD = 'RapportSparseDotGrad';

interface CpuBackendLike {
  data: { get(id: unknown): { values: unknown } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): tf.TensorInfo;
}

type Inputs = { w: tf.TensorInfo; idx: tf.TensorInfo; val: tf.TensorInfo; seg: tf.TensorInfo };

function arrays(backend: unknown, inputs: Inputs) {
  const cpu = backend as CpuBackendLike;
  return {
    cpu,
    idx: cpu.data.get(inputs.idx.dataId).values as Int32Array,
    val: cpu.data.get(inputs.val.dataId).values as Float32Array,
    seg: cpu.data.get(inputs.seg.dataId).values as Int32Array,
  };
}

let registered = false;

export function registerSparseDot(): void {
  if (registered) return;
  tf.registerKernel({
    kernelName: FORWARD,
    backendName: 'cpu',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const ins = inputs as unknown as Inputs;
      const { cpu, idx, val, seg } = arrays(backend, ins);
      const w = cpu.data.get(ins.w.dataId).values as Float32Array;
      const rows = (attrs as { rows: number }).rows;
      const out = new Float32Array(rows);
      for (let k = 0; k < idx.length; k++) {
        const r = seg[k]!;
        out[r] = out[r]! + w[idx[k]!]! * val[k]!;
      }
      return cpu.makeTensorInfo([rows], 'float32', out);
    },
  });
  tf.registerKernel({
    kernelName: BACKWARD,
    backendName: 'cpu',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const ins = inputs as unknown as Inputs & { dy: tf.TensorInfo };
      const { cpu, idx, val, seg } = arrays(backend, ins);
      const dy = cpu.data.get(ins.dy.dataId).values as Float32Array;
      const size = (attrs as { size: number }).size;
      const out = new Float32Array(size);
      for (let k = 0; k < idx.length; k++) {
        const j = idx[k]!;
        out[j] = out[j]! + dy[seg[k]!]! * val[k]!;
      }
      return cpu.makeTensorInfo([size], 'float32', out);
    },
  });
  tf.registerGradient({
    kernelName: FORWARD,
    inputsToSave: ['w', 'idx', 'val', 'seg'],
    gradFunc: (dy, saved) => {
      const [w, idx, val, seg] = saved as [tf.Tensor1D, tf.Tensor1D, tf.Tensor1D, tf.Tensor1D];
      return {
        w: () =>
          tf.engine().runKernel(BACKWARD, { dy: dy as tf.Tensor, idx, val, seg, w }, { size: w.shape[0] }) as tf.Tensor,
      };
    },
  });
  registered = true;
}

/** logits[r] = Σ_k w[idx[k]]·val[k] over the non-zeros k with seg[k] = r. */
export function sparseDot(w: tf.Tensor1D, idx: tf.Tensor1D, val: tf.Tensor1D, seg: tf.Tensor1D, rows: number): tf.Tensor1D {
  return tf.engine().runKernel(FORWARD, { w, idx, val, seg }, { rows }) as tf.Tensor1D;
}
