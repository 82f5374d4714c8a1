package org.journeymaps.devhost.bench;

import com.atlassian.confluence.util.HtmlUtil;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.journeymaps.domain.map.MapContent;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The least work the same results could cost: what the app's numbers are measured against. */
final class Floors {

    private static final String TABLE_TEMPLATE = "<table><thead><tr><td></td>#foreach($s in $stages)<th>$s</th>#end"
            + "</tr></thead><tbody>#foreach($row in $rows)<tr><th>$row.get(0)</th>"
            + "#foreach($cell in $row.subList(1, $row.size()))<td>$cell</td>#end</tr>#end</tbody></table>";

    private final VelocityEngine velocity = new VelocityEngine();
    private final List<String> stages;
    private final List<List<String>> rows;

    Floors(MapContent map) {
        velocity.init();
        stages = map.stages().stream().map(s -> HtmlUtil.htmlEncode(s.name())).toList();
        rows = new ArrayList<>();
        for (var lane : map.lanes()) {
            List<String> row = new ArrayList<>();
            row.add(HtmlUtil.htmlEncode(lane.name()));
            for (var stage : map.stages()) {
                row.add(map.cards().stream().filter(c -> c.laneId() == lane.id() && c.stageId() == stage.id())
                        .map(c -> "<div>" + HtmlUtil.htmlEncode(c.text()) + "</div>").collect(Collectors.joining()));
            }
            rows.add(row);
        }
    }

    /** A plain Velocity table of the same strings, with no allowlist, model or curve. */
    String plainTable() {
        VelocityContext context = new VelocityContext();
        context.put("stages", stages);
        context.put("rows", rows);
        StringWriter out = new StringWriter();
        velocity.evaluate(context, out, "floor", TABLE_TEMPLATE);
        return out.toString();
    }

    /** One plain JDBC query per table, rows straight to JSON. */
    static byte[] jdbcToJson(String jdbcUrl, Map<String, String> whereByTable, long mapId, ObjectMapper json)
            throws SQLException, IOException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            for (Map.Entry<String, String> table : whereByTable.entrySet()) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT * FROM \"" + table.getKey() + "\" WHERE \"" + table.getValue() + "\" = ?")) {
                    query.setLong(1, mapId);
                    tables.put(table.getKey(), rows(query.executeQuery()));
                }
            }
        }
        return json.writeValueAsBytes(tables);
    }

    private static List<Map<String, Object>> rows(ResultSet resultSet) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        ResultSetMetaData meta = resultSet.getMetaData();
        while (resultSet.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                boolean text = meta.getColumnType(c) == Types.CLOB;
                row.put(meta.getColumnLabel(c), text ? resultSet.getString(c) : resultSet.getObject(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
