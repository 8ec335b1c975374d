import fc from 'fast-check'
import type { Answers, Choice, SpecialChoice } from '../../src/domain/response/schema.ts'

/** A level 0–4, or one of the special choices the questionnaire under test offers. */
export function choiceArb(...special: [SpecialChoice, ...SpecialChoice[]]): fc.Arbitrary<Choice> {
  return fc.oneof(fc.constantFrom(0, 1, 2, 3, 4), fc.constantFrom(...special))
}

/** Answers to the questions `questionIds`, each one left open or given one of `choice`'s values. */
export function answersArb(questionIds: readonly string[], choice: fc.Arbitrary<Choice>): fc.Arbitrary<Answers> {
  return fc
    .array(fc.option(choice, { nil: undefined }), { minLength: questionIds.length, maxLength: questionIds.length })
    .map((choices) => {
      const answers: Answers = {}
      choices.forEach((c, i) => {
        if (c !== undefined) answers[questionIds[i]!] = { choice: c }
      })
      return answers
    })
}

/** A list and the same list in another order: for properties that must not depend on the order. */
export function inTwoOrders<T>(list: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return list.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })))
}
