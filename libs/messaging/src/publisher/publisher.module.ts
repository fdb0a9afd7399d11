import {
  Module,
  type DynamicModule,
  type FactoryProvider,
  type InjectionToken,
  type ModuleMetadata,
} from '@nestjs/common';
import { Publisher } from './publisher.js';
import { type PublisherOptions } from './publisher.options.js';

export const PUBLISHER_OPTIONS: InjectionToken = Symbol('PUBLISHER_OPTIONS');

export interface PublisherModuleAsyncOptions {
  readonly imports?: ModuleMetadata['imports'];
  readonly inject?: InjectionToken[];
  /** Receives the injected providers in `inject` order. */
  readonly useFactory: (...deps: never[]) => PublisherOptions | Promise<PublisherOptions>;
}

/**
 * Runs the publisher role: import it in any application (the API, or apps/publisher on its own) that has
 * an event store and a SQL client to give it. The publisher starts at application bootstrap, publishes in
 * the background and stops at shutdown.
 */
@Module({})
export class PublisherModule {
  static forRoot(options: PublisherOptions): DynamicModule {
    return {
      module: PublisherModule,
      providers: [{ provide: PUBLISHER_OPTIONS, useValue: options }, publisherProvider()],
      exports: [Publisher],
    };
  }

  static forRootAsync(options: PublisherModuleAsyncOptions): DynamicModule {
    return {
      module: PublisherModule,
      imports: options.imports ?? [],
      providers: [
        { provide: PUBLISHER_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        publisherProvider(),
      ],
      exports: [Publisher],
    };
  }
}

function publisherProvider(): FactoryProvider<Publisher> {
  return {
    provide: Publisher,
    useFactory: (options: PublisherOptions) => new Publisher(options),
    inject: [PUBLISHER_OPTIONS],
  };
}
