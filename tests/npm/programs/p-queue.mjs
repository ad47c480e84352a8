import PQueue from 'p-queue';
const queue = new PQueue({ concurrency: 1 });
const order = [];
queue.add(async () => { await new Promise((r) => setTimeout(r, 20)); order.push('slow'); });
queue.add(() => order.push('fast'), { priority: 0 });
queue.add(() => order.push('urgent'), { priority: 10 });
await queue.onIdle();
console.log(order, queue.size, queue.pending);
