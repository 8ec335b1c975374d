// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ColumnHeads } from './column-heads.tsx'

describe('the head row of a table', () => {
  test('every head is a column header, in order, with its class; the columns left out have none', () => {
    render(
      <table>
        <ColumnHeads columns={['Bereich', { head: 'Punkte', className: 'num' }, false, null, 'Stufe']} />
        <tbody>
          <tr>
            <td>Daten</td>
            <td>42</td>
            <td>Aufbau</td>
          </tr>
        </tbody>
      </table>,
    )
    const heads = screen.getAllByRole('columnheader')
    expect(heads.map((head) => head.textContent)).toEqual(['Bereich', 'Punkte', 'Stufe'])
    expect(within(screen.getAllByRole('row')[0]!).getByRole('columnheader', { name: 'Punkte' })).toHaveClass('num')
    expect(screen.getByRole('cell', { name: '42' })).toBeInTheDocument()
  })
})
