import { Injectable } from '@nestjs/common';

/**
 * The time, as one injectable service, for the behaviour that depends on it (when a revision is taken, when a
 * digest goes out): tests move it forward (`jest.spyOn(app.get(Clock), 'now')`) instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
