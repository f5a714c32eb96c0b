# The floor plan of models/ (DESIGN.md "Layers and folders"), checked from the #include lines:
# a file may include its own folder and the layers below it, never a layer above or beside it.
#   cmake -DSOURCE_DIR=<checkout> -P tests/layers/check_layers.cmake
# Fails naming every include that runs up, except the ones listed in known_upward_includes.txt:
# the circles found when the check was written (issue #27), to be broken one by one and taken
# off that list; a new one fails the test.
cmake_minimum_required(VERSION 3.22)
set(levels
  "util|domain"           # 0: value types and helpers
  "cache|audit|demo|render" # 1: the SQLite cache, the audit trail, the demo archive writer, bounded drawing
  "search|sync"           # 2
  "records"               # 3
  "team"                  # 4
  "services"              # 5
  "compliance|itemmodels") # 6
set(index 0)
foreach(group ${levels})
  string(REPLACE "|" ";" names "${group}")
  foreach(name ${names})
    set(level_${name} ${index})
  endforeach()
  math(EXPR index "${index} + 1")
endforeach()
# Within one level a folder may use another only in one direction; these are the directions.
set(allowed_sideways "audit>cache")

file(STRINGS "${SOURCE_DIR}/tests/layers/known_upward_includes.txt" known REGEX "^models/")
set(found_known "")
set(problems "")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/models/*.cpp")
list(SORT sources)
foreach(source ${sources})
  string(REGEX MATCH "^models/([a-z]+)/" _ "${source}")
  set(own "${CMAKE_MATCH_1}")
  if(NOT DEFINED level_${own})
    list(APPEND problems "${source}: the folder models/${own} has no level in tests/layers/check_layers.cmake")
    continue()
  endif()
  file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^#include \"[a-z]+/")
  foreach(line ${includes})
    string(REGEX MATCH "^#include \"(([a-z]+)/[^\"]+)\"" _ "${line}")
    set(target "${CMAKE_MATCH_2}")
    set(header "${CMAKE_MATCH_1}")
    if(target STREQUAL own OR NOT DEFINED level_${target})
      continue()
    endif()
    if(level_${target} LESS level_${own} OR "${own}>${target}" IN_LIST allowed_sideways)
      continue()
    endif()
    set(entry "${source} -> ${header}")
    if(entry IN_LIST known)
      list(APPEND found_known "${entry}")
    else()
      list(APPEND problems "${entry} (models/${target} is level ${level_${target}}, models/${own} level ${level_${own}})")
    endif()
  endforeach()
endforeach()
foreach(entry ${known})
  if(NOT entry IN_LIST found_known)
    list(APPEND problems "${entry}: listed in known_upward_includes.txt but no longer there: take it off the list")
  endif()
endforeach()
list(LENGTH found_known debt)
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "A file includes a layer above (or beside) its own:\n  ${text}")
endif()
message(STATUS "models/ keeps its floor plan (${debt} known upward includes left to break, tests/layers/known_upward_includes.txt)")
