import { Worker } from 'node:worker_threads';
import { type LogEntry, type Producer, type ProducerBatch, type RecordMetadata } from 'kafkajs';
import {
  type KafkaClientOptions,
  kafkaClientSettings,
  LEDGER_PRODUCER_SETTINGS,
  logKafkajsEntry,
} from './kafka-client.js';

/** What the publisher asks of a producer. */
export type LedgerProducer = Pick<Producer, 'connect' | 'disconnect' | 'sendBatch'>;

type Reply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { readonly name: string; readonly message: string; readonly retriable: boolean };
    }
  | { readonly log: LogEntry };

/** A failure of the producer thread, with the name kafkajs gave it (`KafkaJS…`), so callers can tell. */
export class ProducerThreadError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly retriable: boolean,
  ) {
    super(message);
  }
}

const WORKER = new URL('./producer-thread.worker.mjs', import.meta.url);

/**
 * The ledger's kafkajs producer (`createLedgerProducer`'s settings) in a worker thread of its own, behind
 * the same calls. Encoding messages into Kafka's wire format is most of a send's CPU time; in its own
 * thread it runs beside the reading and mapping of the next batch, and leaves the thread that serves
 * requests. A batch crosses over as a structured clone of its strings. Each instance is one producer:
 * `connect` starts the thread, `disconnect` ends it.
 */
export class ProducerThread implements LedgerProducer {
  private worker: Worker | undefined;
  private nextId = 0;
  private ended: Error | undefined;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly options: KafkaClientOptions) {}

  async connect(): Promise<void> {
    if (this.ended) throw this.ended;
    this.worker ??= this.start();
    await this.call('connect');
  }

  async sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]> {
    return (await this.call('sendBatch', batch)) as RecordMetadata[];
  }

  /** Disconnects the producer (ending a send under way) and ends the thread; the instance is done. */
  async disconnect(): Promise<void> {
    const worker = this.worker;
    if (!worker || this.ended) return;
    try {
      await this.call('disconnect');
    } finally {
      this.end(new ProducerThreadError('ProducerThreadEnded', 'The producer was disconnected', false));
      await worker.terminate();
    }
  }

  private start(): Worker {
    const worker = new Worker(WORKER, {
      workerData: { client: kafkaClientSettings(this.options), producer: LEDGER_PRODUCER_SETTINGS },
    });
    worker.on('message', (reply: Reply) => this.receive(reply));
    worker.on('error', (error) => this.end(error));
    worker.on('exit', (code) =>
      this.end(
        new ProducerThreadError('ProducerThreadEnded', `The producer thread ended (code ${code})`, false),
      ),
    );
    return worker;
  }

  private call(op: 'connect' | 'disconnect' | 'sendBatch', batch?: ProducerBatch): Promise<unknown> {
    const worker = this.worker;
    if (this.ended) return Promise.reject(this.ended);
    if (!worker) return Promise.reject(new Error('The producer is not connected'));
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, batch });
    });
  }

  private receive(reply: Reply): void {
    if ('log' in reply) {
      logKafkajsEntry(reply.log);
      return;
    }
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else
      waiting.reject(new ProducerThreadError(reply.error.name, reply.error.message, reply.error.retriable));
  }

  /** Fails every call still waiting, and every later one. */
  private end(error: Error): void {
    this.ended ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.ended);
    this.pending.clear();
  }
}
