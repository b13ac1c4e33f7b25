import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { rowProblemText } from '../../../src/engine/index';
import { ProblemText } from '../../../src/ui/households/ProblemText';
import { englishWords } from '../../i18n/noEnglish';
import { ROW_PROBLEMS } from '../../engine/rowProblems';

afterEach(() => applyLocale('en', 'international', undefined));

describe('<ProblemText problem>', () => {
  it.each(ROW_PROBLEMS)('%s: the English catalogue says exactly what the engine says, "%s"', (_, problem, english) => {
    const { container } = render(<ProblemText problem={problem} />);
    expect(container.textContent).toBe(rowProblemText(problem));
    expect(container.textContent).toBe(english);
  });

  it.each(ROW_PROBLEMS)('%s: in Urdu, only the file’s text and the format’s names are in Latin letters, each isolated left to right', (_, problem) => {
    applyLocale('ur', 'international', undefined);
    const { container } = render(<ProblemText problem={problem} />);
    for (const code of container.querySelectorAll('code')) expect(code.getAttribute('dir')).toBe('ltr');
    expect(container.querySelector('[lang="en"]')).toBeNull();
    const words = container.cloneNode(true) as Element;
    for (const code of words.querySelectorAll('code')) code.remove();
    // UTF-8 is a format's name, as CSV is.
    expect(englishWords(words.textContent ?? '', ['UTF'])).toEqual([]);
    expect(container.textContent).not.toBe(rowProblemText(problem));
  });
});
