nav-search = Buscar
search-title = Búsqueda
search-intro = Encuentre lecciones, términos del glosario, guías, publicaciones y buenas prácticas en inglés, francés, español y árabe.
search-label = Palabras que desea buscar
search-button = Buscar
search-selected-filters = Filtros aplicados
search-selected-filter = { $facet }: { $value }
search-remove-filter = (quitar este filtro)
search-no-results = No se ha encontrado nada
search-no-results-hint = Pruebe con menos palabras o con otras distintas, o quite un filtro.
search-result-count = { $count ->
    [one] Un resultado
   *[other] { $count } resultados
}
search-draft = Borrador
search-found-in-language = versión encontrada: { $language }
search-pages = Páginas de resultados
search-previous-page = Página anterior
search-next-page = Página siguiente
search-page-of = Página { $page } de { $pages }
search-refine = Refinar
search-facet-kind = Tipo
search-facet-theme = Tema
search-facet-region = Región
search-facet-country = País
search-facet-lang = Idioma
search-facet-year = Año
search-facet-sdg = Meta de los ODS
search-sdg-target = Meta { $target } de los ODS
search-kind-lesson = Lección
search-kind-term = Término del glosario
search-kind-guide = Guía
search-kind-publication = Publicación
search-kind-practice = Buena práctica
