import { Text, View } from '@react-pdf/renderer'
import { styles } from './styles.ts'

export interface Column {
  label: string
  flex: number
  numeric?: boolean
}

/** A plain table: a ruled head, thin row lines, numbers right-aligned, the last column bold. */
export function Table({
  columns,
  rows,
}: {
  columns: readonly Column[]
  rows: readonly { key: string; cells: readonly string[] }[]
}) {
  const cell = (column: Column, last: boolean) => ({
    flex: column.flex,
    textAlign: column.numeric ? ('right' as const) : ('left' as const),
    paddingRight: column.numeric ? 0 : 6,
    fontWeight: last ? 700 : 400,
  })
  return (
    <View>
      <View style={styles.tableHead}>
        {columns.map((column, i) => (
          <Text key={`${i}-${column.label}`} style={{ ...cell(column, false), fontWeight: 700 }}>
            {column.label}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View key={row.key} style={styles.tableRow}>
          {columns.map((column, i) => (
            <Text key={`${i}-${column.label}`} style={cell(column, i === columns.length - 1)}>
              {row.cells[i] ?? ''}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
