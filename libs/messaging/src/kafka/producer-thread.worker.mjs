// The kafkajs producer of a ProducerThread (producer-thread.ts), in a worker thread of its own: encoding a
// batch of messages into Kafka's wire format is most of a send's work, and here it leaves the thread that
// reads the store, maps the events and serves requests. Plain JavaScript: a worker thread is started from a
// file Node runs as it is, both from the sources under test and from dist/.
//
// From the parent: { id, op: 'connect' | 'disconnect' | 'sendBatch', batch }. To the parent:
// { id, ok: true, result } or { id, ok: false, error: { name, message, retriable } }, and { log } for each
// kafkajs log entry, which the parent writes to its own log.
import { parentPort, workerData } from 'node:worker_threads';
import { Kafka, Partitioners } from 'kafkajs';

const port = parentPort;
if (!port) throw new Error('producer-thread.worker.mjs runs only as a worker thread');

function post(message) {
  try {
    port.postMessage(message);
  } catch {
    // A value the structured clone refuses (in a log entry's extras): send its text instead.
    port.postMessage(JSON.parse(JSON.stringify(message)));
  }
}

const kafka = new Kafka({
  ...workerData.client,
  logCreator: () => (entry) => post({ log: entry }),
});
const producer = kafka.producer({
  ...workerData.producer,
  createPartitioner: Partitioners.DefaultPartitioner,
});

const operations = {
  connect: () => producer.connect(),
  disconnect: () => producer.disconnect(),
  sendBatch: (batch) => producer.sendBatch(batch),
};

// Each request runs as it comes: a disconnect must be able to end a send that is retrying.
port.on('message', ({ id, op, batch }) => {
  const operation = operations[op];
  Promise.resolve()
    .then(() => {
      if (!operation) throw new Error(`No producer operation ${String(op)}`);
      return operation(batch);
    })
    .then(
      (result) => post({ id, ok: true, result }),
      (error) =>
        post({
          id,
          ok: false,
          error: {
            name: error instanceof Error ? error.name : 'Error',
            message: error instanceof Error ? error.message : String(error),
            retriable: error?.retriable === true,
          },
        }),
    );
});
